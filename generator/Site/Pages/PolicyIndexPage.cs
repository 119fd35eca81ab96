namespace SkillCert.Generator.Site.Pages;

/// <summary>The list of policy pages.</summary>
public sealed record PolicyIndexPage(SiteView Site, string Title, string Url, string Description, IReadOnlyList<LinkView> Pages);
