namespace SkillCert.Generator.Site;

/// <summary>One line of a publicity notice: how many people of one occupation, 工种 and level are on the posted list.</summary>
public sealed record PublicityCountView(string OccupationCode, string OccupationName, string Trade, string Level, int Count);
