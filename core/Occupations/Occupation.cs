namespace SkillCert.Core.Occupations;

/// <summary>An occupation of the 2015 classification (职业分类大典), with the trades (工种) it covers.</summary>
public sealed record Occupation(string Code, string Name, IReadOnlyList<string> Trades);
