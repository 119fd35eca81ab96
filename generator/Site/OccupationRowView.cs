namespace SkillCert.Generator.Site;

/// <summary>An occupation in the occupations index, with how many institutions may certify it.</summary>
public sealed record OccupationRowView(string Code, string Name, string Url, string Trades, int Certifiers);
