namespace SkillCert.Generator.OpenData;

/// <summary>A status in the open data: the stable slug, the Chinese label, since when and why.</summary>
public sealed record StatusRecord(string Slug, string Label, string? Since, string Cause, bool MayCertify);
