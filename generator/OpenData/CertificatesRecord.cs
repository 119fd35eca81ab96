namespace SkillCert.Generator.OpenData;

/// <summary>Certificates issued per year, from the export; levels maps the level code ("1"–"5") to a count.</summary>
public sealed record CertificatesRecord(int Total, IReadOnlyList<YearRecord> Years);
