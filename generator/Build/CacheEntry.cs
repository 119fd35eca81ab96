namespace SkillCert.Generator.Build;

/// <summary>What the cache remembers of one published file: its fingerprint and, for a page, its links and ids.</summary>
public sealed record CacheEntry(string Fingerprint, PageLinks? Links);
