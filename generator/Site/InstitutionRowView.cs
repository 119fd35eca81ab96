namespace SkillCert.Generator.Site;

/// <summary>An institution as a list shows it, as one card with every field the list has: no column is left out on a phone.</summary>
public sealed record InstitutionRowView(string Seq, string Url, string Name, string CreditCode, string County, StatusView Status,
    string ValidUntil, IReadOnlyList<ScopeRowView> Scope);
