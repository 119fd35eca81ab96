
namespace SkillCert.Generator.Site.Pages;

/// <summary>
/// One page of the catalogue, whole or filtered by status or county (<see cref="Filter"/> says which): up to 50
/// institutions as cards, the pager, the static filters, and the search box that catalogue.js adds.
/// </summary>
public sealed record CataloguePage(SiteView Site, string Title, string Url, string Description, string AsOf, int Total, string? Filter,
    int FirstNumber, IReadOnlyList<RawHtml> Cards, PagerView? Pager, FiltersView Filters);
