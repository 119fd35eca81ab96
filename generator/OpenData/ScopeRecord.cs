namespace SkillCert.Generator.OpenData;

/// <summary>One line of the scope in force on the build's day; trade is null when the line covers the whole occupation.</summary>
public sealed record ScopeRecord(string OccupationCode, string OccupationName, string? Trade, IReadOnlyList<int> Levels);
