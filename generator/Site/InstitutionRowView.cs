namespace SkillCert.Generator.Site;

/// <summary>An institution as a list shows it, with the values that the catalogue's filters match on.</summary>
public sealed record InstitutionRowView(string Seq, string Url, string Name, string County, StatusView Status, string ValidUntil,
    IReadOnlyList<ScopeRowView> Scope, string FilterOccupations, string FilterLevels);
