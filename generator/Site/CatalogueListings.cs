using System.Globalization;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Build;
using SkillCert.Generator.Site.Memo;
using SkillCert.Generator.Site.Pages;

namespace SkillCert.Generator.Site;

/// <summary>
/// The lists of institutions, 50 to a page: the whole catalogue, and its static filters by status, by county and by
/// occupation (the occupation's own page). A page's fingerprint comes from its institutions' cards, so an edit renders
/// again only the pages that show the institution's card, and only when the card changed; every page stays the same
/// size however large the catalogue.
/// </summary>
public sealed class CatalogueListings
{
    public const string Template = "catalogue.html";
    public const string OccupationTemplate = "occupation.html";
    public const string CardTemplate = "partials/institution-card.html";

    /// <summary>The statuses the filters offer, in the order the home page's figures show them.</summary>
    public static IReadOnlyList<StatusKind> FilterStatuses { get; } =
        [StatusKind.Active, StatusKind.ExpiringSoon, StatusKind.Suspended, StatusKind.Expired, StatusKind.Removed, StatusKind.Withdrawn];

    private readonly CatalogueOnDay _catalogue;
    private readonly CatalogueContent _content;
    private readonly SiteTemplates _templates;
    private readonly SiteView _site;
    private readonly InstitutionOutputs _institutions;
    private readonly string _asOf;

    /// <summary>
    /// Each institution's card, rendered when a page first needs it: an institution is on six lists or so (the
    /// catalogue, its status, its county, its occupations), and its card is the same on all of them.
    /// </summary>
    private readonly RawHtml?[] _cards;
    /// <summary>A fingerprint of the filters' choices and the day, which every list page shows.</summary>
    private readonly string _filtersFingerprint;

    public CatalogueListings(CatalogueOnDay catalogue, SiteTemplates templates, SiteView site, InstitutionOutputs institutions)
    {
        _catalogue = catalogue;
        _content = catalogue.Content.Catalogue;
        _templates = templates;
        _site = site;
        _institutions = institutions;
        _asOf = SiteViews.Day(catalogue.AsOf);
        // Plain loops, and cards made on demand without a Lazy each: every build makes these for 10,000 institutions
        // (incremental.sh: ~10 ms of CPU through LINQ's SelectMany and 10,000 Lazy).
        var counties = new HashSet<string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        _cardPrints = new string[catalogue.Institutions.Count];
        for (var n = 0; n < _cardPrints.Length; n++)
        {
            var i = catalogue.Institutions[n];
            counties.Add(i.Institution.County);
            foreach (var s in i.Scope) used.Add(s.OccupationCode);
            _cardPrints[n] = institutions.Prints[n].Card;
        }
        Counties = counties.Order(StringComparer.Ordinal).ToArray();
        Occupations = _content.Occupations.Where(o => used.Contains(o.Code)).Select(o => o.Code).ToArray();
        _filtersFingerprint = Fingerprint.OfParts([_asOf, .. Counties, "|", .. Occupations]);
        _cards = new RawHtml?[_cardPrints.Length];
        Layout = Fingerprint.OfParts([Template, OccupationTemplate, institutions.Globals, _filtersFingerprint]);
    }

    /// <summary>
    /// Per institution, a fingerprint of its card, which is all a list shows of it: an edit of what no card shows (an
    /// address, a legal representative, a note) leaves every list page as it was.
    /// </summary>
    private readonly string[] _cardPrints;

    /// <summary>
    /// A fingerprint of what every list page shows besides its cards: the templates, the site, the filters and the day.
    /// Which lists hold an institution, and where, follows from its status, county and occupations, which its card shows.
    /// </summary>
    public string Layout { get; }

    /// <summary>The keys of the lists that hold the institution at place <paramref name="n"/>.</summary>
    private IEnumerable<string> ListsOf(int n)
    {
        var i = _catalogue.Institutions[n];
        yield return "all";
        yield return "status:" + StatusKindNames.Slug(i.Status.Kind);
        yield return "county:" + i.Institution.County;
        foreach (var s in i.Scope) yield return "occupation:" + s.OccupationCode;
    }

    /// <summary>The counties that institutions are in, in ordinal order.</summary>
    public IReadOnlyList<string> Counties { get; }

    /// <summary>The codes of the occupations some institution's scope lists, in the order of occupations.yml.</summary>
    public IReadOnlyList<string> Occupations { get; }

    /// <summary>
    /// Every list page. With <paramref name="kept"/>, only the lists that hold an institution whose card changed are
    /// planned, and of those only the pages that show it (incremental.sh: planning every list after a name edit cost
    /// 50–70 ms of CPU); the other pages keep the last build's fingerprints.
    /// </summary>
    public IEnumerable<PlannedOutput> Plan(KeptPages? kept)
    {
        if (kept is null) return Lists(null, _ => true);
        var needed = kept.Edited.SelectMany(ListsOf).ToHashSet(StringComparer.Ordinal);
        return kept.With(Lists(kept, needed.Contains).ToArray(), () => Lists(null, _ => true));
    }

    private IEnumerable<PlannedOutput> Lists(KeptPages? kept, Func<string, bool> needed)
    {
        var all = Enumerable.Range(0, _catalogue.Institutions.Count).ToArray();
        if (needed("all"))
        {
            foreach (var output in CataloguePages(kept, "all", SiteUrls.Catalogue, "评价机构目录", null, all)) yield return output;
        }
        foreach (var kind in FilterStatuses.Where(k => needed("status:" + StatusKindNames.Slug(k))))
        {
            var label = StatusKindNames.Label(kind);
            var members = all.Where(n => _catalogue.Institutions[n].Status.Kind == kind).ToArray();
            foreach (var output in CataloguePages(kept, "status:" + StatusKindNames.Slug(kind), SiteUrls.CatalogueStatus(StatusKindNames.Slug(kind)),
                         $"状态为“{label}”的机构", $"状态：{label}", members))
                yield return output;
        }
        foreach (var county in Counties.Where(c => needed("county:" + c)))
        {
            var members = all.Where(n => _catalogue.Institutions[n].Institution.County == county).ToArray();
            foreach (var output in CataloguePages(kept, "county:" + county, SiteUrls.CatalogueCounty(county), $"{county}的机构", $"所在地：{county}", members))
                yield return output;
        }
        foreach (var output in OccupationPages(kept, needed)) yield return output;
    }

    private IEnumerable<PlannedOutput> CataloguePages(KeptPages? kept, string key, string first, string title, string? filter, IReadOnlyList<int> members) =>
        Pages(kept, Template, key, first, members, (page, count, cards, pager) =>
        {
            var what = filter is null ? $"{_site.Title}收录的 {members.Count} 家评价机构" : $"{filter.Replace("：", "为", StringComparison.Ordinal)}的 {members.Count} 家评价机构";
            return new CataloguePage(_site, Titled(title, page), Paging.Url(first, page),
                $"截至 {_asOf}，{what}：状态、所在地、认定范围和有效期{PageOf(page, count)}。",
                _asOf, members.Count, filter, (page - 1) * Paging.PageSize + 1, cards, pager, Filters(key));
        });

    private IEnumerable<PlannedOutput> OccupationPages(KeptPages? kept, Func<string, bool> needed)
    {
        var wanted = _content.Occupations.Where(o => needed("occupation:" + o.Code)).ToArray();
        if (wanted.Length == 0) yield break;
        var members = wanted.ToDictionary(o => o.Code, _ => new List<int>(), StringComparer.Ordinal);
        for (var n = 0; n < _catalogue.Institutions.Count; n++)
        {
            foreach (var code in _catalogue.Institutions[n].Scope.Select(s => s.OccupationCode).Distinct(StringComparer.Ordinal))
                members.GetValueOrDefault(code)?.Add(n);
        }
        foreach (var o in wanted)
        {
            var first = SiteUrls.Occupation(o.Code);
            var list = members[o.Code];
            foreach (var output in Pages(kept, OccupationTemplate, "occupation:" + o.Code, first, list, (page, count, cards, pager) =>
                         new OccupationPage(_site, Titled($"{o.Name}（{o.Code}）", page), Paging.Url(first, page),
                             $"可以认定{o.Name}（职业编码 {o.Code}）的 {list.Count} 家评价机构，及其状态、认定范围和有效期{PageOf(page, count)}。",
                             o.Code, o.Name, o.Trades, list.Count, (page - 1) * Paging.PageSize + 1, cards, pager)))
                yield return output;
        }
    }

    /// <summary>The pages of one list; each is fingerprinted by its place in the list and the inputs of its institutions.</summary>
    private IEnumerable<PlannedOutput> Pages(KeptPages? kept, string template, string key, string first, IReadOnlyList<int> members,
        Func<int, int, IReadOnlyList<RawHtml>, PagerView?, object> model)
    {
        var count = Paging.Count(members.Count);
        for (var page = 1; page <= count; page++)
        {
            var slice = Paging.Slice(members, page).ToArray();
            var current = page;
            var path = SiteUrls.FileOf(Paging.Url(first, page));
            PlannedOutput Make() => new(path, Fingerprint.OfParts([template, _institutions.Globals, _filtersFingerprint, key,
                    Number(current), Number(count), Number(members.Count), .. slice.Select(n => _cardPrints[n])]),
                () => _templates.RenderPage(template, model(current, count, slice.Select(Card).ToArray(), Paging.Pager(first, current, count))),
                null);
            // After a name edit only the pages that show its card are planned (incremental.sh: planning every list page cost 50–70 ms of CPU).
            yield return kept is null ? Make() : kept.Plan(path, true, slice, Make);
        }
    }

    /// <summary>The card of the institution at place <paramref name="n"/>; pages rendered at once may both make it, and one is kept.</summary>
    private RawHtml Card(int n) => LazyInitializer.EnsureInitialized(ref _cards[n],
        () => _templates.RenderFragment(CardTemplate, new CardModel(SiteViews.Row(_catalogue.Institutions[n], _content.FindOccupation))));

    private FiltersView Filters(string current) => new(
        FilterStatuses.Select(k => new FilterLinkView(StatusKindNames.Label(k), SiteUrls.CatalogueStatus(StatusKindNames.Slug(k)),
            current == "status:" + StatusKindNames.Slug(k))).ToArray(),
        Counties.Select(c => new FilterLinkView(c, SiteUrls.CatalogueCounty(c), current == "county:" + c)).ToArray(),
        Occupations.Select(code => new FilterLinkView($"{_content.FindOccupation(code)!.Name}", SiteUrls.Occupation(code), false)).ToArray());

    private static string Titled(string title, int page) => page == 1 ? title : $"{title}（第 {Number(page)} 页）";

    private static string PageOf(int page, int count) => count == 1 ? "" : $"，第 {Number(page)} 页，共 {Number(count)} 页";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
