using System.Globalization;
using System.Runtime.InteropServices;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Build;
using SkillCert.Generator.OpenData;
using SkillCert.Generator.Site.Memo;
using SkillCert.Generator.Site.Pages;

namespace SkillCert.Generator.Site;

/// <summary>
/// The pages made of every institution's events: the home page (the newest few), /changes/ and each year's pages, and
/// the feed. Events are ordered by day, institution and place in its history, never by what they show; so when that order
/// and everything else the pages show are as they were in the last build, only the pages that hold an event of an
/// institution whose events now read otherwise (a renamed one's all name it) are made again.
/// </summary>
public sealed class CatalogueChanges(CatalogueOnDay catalogue, SiteTemplates templates, SiteView site, InstitutionOutputs institutions,
    PublicityNotices publicity, (string Number, bool Found) example, PreviousOutputs? previous, PlanMemo memo)
{
    public const string Section = "changes";

    /// <summary>How many of the newest events the home page and the first changes page show.</summary>
    public const int LatestOnHome = 8;
    public const int LatestOnChanges = 100;

    private const string Description = "评价机构目录的动态调整：备案、延续、更名、变更范围、暂停、恢复、移出和退出，按日期排列，最新的在前。";

    /// <summary>One event as the order knows it: its day, its institution's place in the catalogue, and its place in the history.</summary>
    private readonly record struct EventAt(int Day, int Institution, int Index);

    /// <summary>The section's files; <paramref name="publicityPages"/> are the notices' pages, whose running ones the home page shows.</summary>
    public IReadOnlyList<PlannedOutput> Plan(IReadOnlyList<PlannedOutput> publicityPages)
    {
        var layout = Fingerprint.OfParts(["changes", institutions.Globals, example.Number, example.Found ? "1" : "0",
            .. publicityPages.Select(p => p.Fingerprint), string.Concat(catalogue.Institutions.Select(i => (char)('A' + (int)i.Status.Kind))), Days()]);
        IEnumerable<PlannedOutput> Whole() => Pages(Order()).Select(page => page.Make());
        var kept = KeptPages.Of(previous, Section, layout, institutions, p => p.Events);
        // With no edited institution the events are not even ordered: every file keeps its fingerprint.
        var outputs = kept is null ? Whole().ToArray()
            : kept.With(kept.Edited.Count == 0 ? [] : Pages(Order()).Select(page => kept.Plan(page.Path, page.Html, page.Events.Select(e => e.Institution), page.Make)).ToArray(),
                Whole).ToArray();
        memo.Keep(Section, layout, outputs);
        return outputs;
    }

    /// <summary>
    /// A fingerprint of the days of every institution's events, which with the institutions themselves decide the order
    /// and so which page shows each event; made from numbers, since every build makes it (incremental.sh).
    /// </summary>
    private string Days()
    {
        var days = new List<int>(catalogue.Institutions.Count * 3);
        foreach (var i in catalogue.Institutions)
        {
            days.Add(i.History.Count);
            foreach (var e in i.History) days.Add(e.On.DayNumber);
        }
        return Fingerprint.OfBytes(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(days)));
    }

    /// <summary>Every event of the catalogue, newest first; same-day events by seq, then the later in a history first, so the order never varies.</summary>
    private EventAt[] Order()
    {
        var all = new List<EventAt>(catalogue.Institutions.Count * 2);
        for (var n = 0; n < catalogue.Institutions.Count; n++)
        {
            var history = catalogue.Institutions[n].History;
            for (var e = 0; e < history.Count; e++) all.Add(new EventAt(history[e].On.DayNumber, n, e));
        }
        var rank = SeqRanks();
        all.Sort((a, b) => a.Day != b.Day ? b.Day.CompareTo(a.Day)
            : a.Institution != b.Institution ? rank[a.Institution].CompareTo(rank[b.Institution])
            : b.Index.CompareTo(a.Index));
        return [.. all];
    }

    /// <summary>
    /// Each institution's place in seq order, compared as numbers in the sort: the catalogue is in that order already, which
    /// one pass confirms (incremental.sh: comparing seqs as text in the sort cost every build 10–20 ms).
    /// </summary>
    private int[] SeqRanks()
    {
        var count = catalogue.Institutions.Count;
        var ranks = Enumerable.Range(0, count).ToArray();
        var sorted = true;
        for (var n = 1; n < count && sorted; n++) sorted = string.CompareOrdinal(catalogue.Institutions[n - 1].Seq, catalogue.Institutions[n].Seq) < 0;
        if (sorted) return ranks;
        var order = ranks.OrderBy(n => catalogue.Institutions[n].Seq, StringComparer.Ordinal).ToArray();
        for (var place = 0; place < count; place++) ranks[order[place]] = place;
        return ranks;
    }

    private EventView View(EventAt e)
    {
        var i = catalogue.Institutions[e.Institution];
        return SiteViews.Event(i, i.History[e.Index], e.Index);
    }

    private EventView[] Views(IEnumerable<EventAt> events) => events.Select(View).ToArray();

    /// <summary>A file of the section: its path, the events it shows, and how to plan it.</summary>
    private sealed record Page(string Path, bool Html, IReadOnlyList<EventAt> Events, Func<PlannedOutput> Make);

    private IEnumerable<Page> Pages(EventAt[] order)
    {
        yield return new Page(SiteUrls.FileOf(SiteUrls.Home), true, order[..Math.Min(LatestOnHome, order.Length)], () => Home(order));
        var years = order.Select(e => DateOnly.FromDayNumber(e.Day).Year).Distinct().Select(y => new LinkView($"{y} 年", SiteUrls.ChangesOf(y))).ToArray();
        var latest = order[..Math.Min(LatestOnChanges, order.Length)];
        yield return new Page(SiteUrls.FileOf(SiteUrls.Changes), true, latest, () => Html("changes.html", SiteUrls.Changes,
            new ChangesPage(site, "目录变动", SiteUrls.Changes, Description, Views(latest), years, null, null)));
        foreach (var group in order.GroupBy(e => DateOnly.FromDayNumber(e.Day).Year))
        {
            var year = group.Key.ToString("D4", CultureInfo.InvariantCulture);
            var first = SiteUrls.ChangesOf(group.Key);
            var all = group.ToArray();
            var count = Paging.Count(all.Length);
            for (var page = 1; page <= count; page++)
            {
                var url = Paging.Url(first, page);
                var title = page == 1 ? $"{year} 年目录变动" : $"{year} 年目录变动（第 {page} 页）";
                var slice = Paging.Slice(all, page).ToArray();
                var current = page;
                yield return new Page(SiteUrls.FileOf(url), true, slice, () => Html("changes.html", url,
                    new ChangesPage(site, title, url, $"{year} 年{Description}", Views(slice), years, first, Paging.Pager(first, current, count))));
            }
        }
        var inFeed = order[..Math.Min(AtomFeed.Entries, order.Length)];
        yield return new Page(SiteUrls.FileOf(SiteUrls.Feed), false, inFeed, () => Feed(inFeed));
    }

    private PlannedOutput Html(string template, string url, object model) =>
        new(SiteUrls.FileOf(url), Fingerprint.OfModel(template, templates.Hash, model), () => templates.RenderPage(template, model), null);

    private PlannedOutput Home(EventAt[] order)
    {
        var content = catalogue.Content.Catalogue;
        var figures = CatalogueListings.FilterStatuses
            .Select(k => new FigureView(StatusKindNames.Slug(k), StatusKindNames.Label(k), catalogue.Institutions.Count(i => i.Status.Kind == k),
                SiteUrls.CatalogueStatus(StatusKindNames.Slug(k)))).ToArray();
        return Html("home.html", SiteUrls.Home, new HomePage(site, content.Site.Title, SiteUrls.Home,
            $"查询职业技能等级证书的真伪；查看{content.Site.Title}中经备案的评价机构及其认定范围、有效期和变动。", SiteViews.Day(catalogue.AsOf),
            catalogue.Institutions.Count, figures, Views(order.Take(LatestOnHome)), example.Number, example.Found,
            publicity.All.Where(n => n.Running).ToArray()));
    }

    private PlannedOutput Feed(IEnumerable<EventAt> newest)
    {
        var settings = catalogue.Content.Catalogue.Site;
        // Events and notices by day, newest first; on one day the events keep their order and come before the notices.
        var feed = Views(newest).Select(AtomFeed.Entry).Concat(publicity.All.Select(AtomFeed.Entry))
            .OrderByDescending(e => e.On, StringComparer.Ordinal).Take(AtomFeed.Entries).ToArray();
        return new PlannedOutput(SiteUrls.FileOf(SiteUrls.Feed),
            Fingerprint.OfModel("feed", "", new FeedInputs(settings.Title, settings.Authority, settings.BaseUrl, feed, settings.Demo)),
            null, () => AtomFeed.Write(settings.Title, settings.Authority, settings.BaseUrl, feed, settings.Demo));
    }
}
