namespace SkillCert.Generator.Build;

/// <summary>
/// What the cache remembers of one published file: its fingerprint and, for a page, where its links and ids are in the
/// cache's links section (<see cref="LinksLength"/> is 0 for a file that is not a page).
/// </summary>
public sealed record CacheEntry(string Fingerprint, int LinksStart = 0, int LinksLength = 0);
