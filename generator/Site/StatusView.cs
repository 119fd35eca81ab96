namespace SkillCert.Generator.Site;

/// <summary>An institution's standing as a page shows it: the label, the stable slug for styles and filters, and the cause.</summary>
public sealed record StatusView(string Slug, string Label, string Cause, string? Since, bool MayCertify);
