namespace SkillCert.Generator.OpenData;

/// <summary>One year of certificates in the open data.</summary>
public sealed record YearRecord(int Year, int Total, IReadOnlyDictionary<string, int> Levels);
