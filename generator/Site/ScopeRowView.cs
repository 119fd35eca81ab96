namespace SkillCert.Generator.Site;

/// <summary>One line of a filed scope: occupation, trade (工种, "—" when none) and the levels, as names and as codes.</summary>
public sealed record ScopeRowView(string OccupationCode, string OccupationName, string OccupationUrl, string Trade, string Levels,
    IReadOnlyList<int> LevelCodes);
