namespace SkillCert.Generator.OpenData;

/// <summary>One institution in the open data, also published alone as /catalogue/&lt;seq&gt;/index.json.</summary>
public sealed record InstitutionRecord(string Seq, string Url, string Name, string Category, string Route, string CreditCode,
    string County, string? Address, string? LegalRepresentative, string? Industry, string? Size, string? Ownership, string FiledOn,
    string ValidUntil, StatusRecord Status, IReadOnlyList<ScopeRecord> Scope, IReadOnlyList<EventRecord> Events,
    CertificatesRecord? Certificates);
