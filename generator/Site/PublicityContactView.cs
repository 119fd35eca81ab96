namespace SkillCert.Generator.Site;

/// <summary>Who takes objections to a publicised result, and how to reach them (site.yml's <c>publicity.objections</c>).</summary>
public sealed record PublicityContactView(string To, string? Address, string? Phone, string? Email);
