namespace SkillCert.Generator.Site;

/// <summary>
/// One line of a filed scope: occupation, trade (工种, "—" when none) and the levels, in full (五级/初级工, … one each, so
/// that a line breaks between levels, never inside one), short for lists (五·四·三级) and as codes.
/// </summary>
public sealed record ScopeRowView(string OccupationCode, string OccupationName, string OccupationUrl, string Trade,
    IReadOnlyList<string> LevelNames, string ShortLevels, IReadOnlyList<int> LevelCodes);
