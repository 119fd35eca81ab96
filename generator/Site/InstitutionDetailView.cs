namespace SkillCert.Generator.Site;

/// <summary>The public fields of the filing form's basic information (附件1 一、基本情况); contact persons are never shown.</summary>
public sealed record InstitutionDetailView(string Seq, string Name, string Category, string Route, string CreditCode, string County,
    string? Address, string? LegalRepresentative, string? Industry, string? Size, string? Ownership, string FiledOn, string ValidUntil);
