namespace SkillCert.Generator.Site;

/// <summary>An institution whose scope covers an occupation: the trade, the levels, and whether it may certify today.</summary>
public sealed record CertifierView(string Seq, string Name, string Url, StatusView Status, string Trade, string Levels);
