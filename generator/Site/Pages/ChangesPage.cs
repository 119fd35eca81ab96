namespace SkillCert.Generator.Site.Pages;

/// <summary>Catalogue events newest first: the latest on /changes/, a whole year, page by page, on /changes/&lt;year&gt;/.</summary>
public sealed record ChangesPage(SiteView Site, string Title, string Url, string Description, IReadOnlyList<EventView> Events,
    IReadOnlyList<LinkView> Years, string? Year, PagerView? Pager);
