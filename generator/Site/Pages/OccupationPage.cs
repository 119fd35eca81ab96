namespace SkillCert.Generator.Site.Pages;

/// <summary>One occupation and the institutions whose scope covers it, at which levels.</summary>
public sealed record OccupationPage(SiteView Site, string Title, string Url, string Code, string Name, string Trades,
    IReadOnlyList<CertifierView> Certifiers);
