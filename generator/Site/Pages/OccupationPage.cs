
namespace SkillCert.Generator.Site.Pages;

/// <summary>One page of an occupation's institutions, those whose scope covers it; it is the catalogue's filter by occupation.</summary>
public sealed record OccupationPage(SiteView Site, string Title, string Url, string Description, string Code, string Name,
    IReadOnlyList<string> Trades, int Total, int FirstNumber, IReadOnlyList<RawHtml> Cards, PagerView? Pager);
