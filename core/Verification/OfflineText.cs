namespace SkillCert.Core.Verification;

/// <summary>One entry of <see cref="OfflineWording"/>: the slug pages and scripts key on, the Chinese shown first, and the English.</summary>
public sealed record OfflineText(string Slug, string Zh, string En);
