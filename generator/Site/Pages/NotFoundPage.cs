namespace SkillCert.Generator.Site.Pages;

/// <summary>The page a server shows for an address the site does not have.</summary>
public sealed record NotFoundPage(SiteView Site, string Title, string Url, string Description);
