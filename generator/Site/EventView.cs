namespace SkillCert.Generator.Site;

/// <summary>One dated event of the catalogue, with the institution it happened to.</summary>
public sealed record EventView(string Id, string On, string Type, string Label, string? ValidUntil, string? Note, string Seq,
    string InstitutionName, string InstitutionUrl);
