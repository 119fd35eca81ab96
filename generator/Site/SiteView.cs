namespace SkillCert.Generator.Site;

/// <summary>What every page shows of the site itself: its names, the contact and the policy pages for the navigation.</summary>
public sealed record SiteView(string Title, string Authority, string Center, string? ContactAddress, string? ContactPhone,
    string? ContactEmail, IReadOnlyList<LinkView> Pages);
