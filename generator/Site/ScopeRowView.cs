namespace SkillCert.Generator.Site;

/// <summary>
/// One line of a filed scope: occupation, trade (工种, "—" when none) and the levels, in full (五级/初级工、…),
/// short for lists (五·四·三级) and as codes.
/// </summary>
public sealed record ScopeRowView(string OccupationCode, string OccupationName, string OccupationUrl, string Trade, string Levels,
    string ShortLevels, IReadOnlyList<int> LevelCodes);
