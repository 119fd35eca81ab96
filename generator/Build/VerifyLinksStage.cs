using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Build;

/// <summary>
/// Every internal link of every page must reach a file of this build, every #anchor an id on its page, and no
/// page may repeat an id. Pages that did not change are checked from their cached links when a file is gone or a
/// page lost an id, so that removing a page breaks the build of every page that still links to it.
/// </summary>
public sealed class VerifyLinksStage : IBuildStage
{
    /// <summary>The same broken link on many pages (a template's link) is reported for this many pages, then counted.</summary>
    public const int PagesPerBrokenLink = 3;

    public string Name => "verify links";

    public void Run(BuildState state)
    {
        state.Progress.Started(Name, state.Links.Count);
        var files = state.PlannedPaths();
        // Only a diagnostic names a page's source: looked up then, not indexed for every page of every build (incremental.sh).
        var sources = new Lazy<Dictionary<string, string>>(() =>
            state.Plan.Where(p => p.Source is not null).ToDictionary(p => p.Path, p => p.Source!, StringComparer.Ordinal));
        var checkedPages = new Dictionary<string, PageLinks>(state.Links, StringComparer.Ordinal);
        if (MayHaveBroken(state, files))
        {
            foreach (var page in state.Plan.Where(p => p.IsHtml && !checkedPages.ContainsKey(p.Path)))
                checkedPages[page.Path] = state.Previous.LinksOf(page.Path) ?? PageLinks.None;
        }
        var known = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        HashSet<string>? IdsOf(string file)
        {
            if (known.TryGetValue(file, out var ids)) return ids;
            var links = checkedPages.GetValueOrDefault(file) ?? state.Previous.LinksOf(file);
            return known[file] = links?.Ids.ToHashSet(StringComparer.Ordinal);
        }
        // Made at the first broken link: a sorted dictionary keyed by a value tuple is compiled at start, some 30 methods
        // a rebuild that finds none (incremental.sh).
        SortedDictionary<(string Code, string Written), List<(string Page, LinkAt Link)>>? broken = null;
        var checkedLinks = 0;
        var pagesInOrder = checkedPages.Keys.ToArray();
        Array.Sort(pagesInOrder, StringComparer.Ordinal);
        foreach (var page in pagesInOrder)
        {
            var links = checkedPages[page];
            foreach (var duplicate in links.DuplicateIds)
            {
                state.Bag.Error(DiagnosticCodes.DuplicateId, OutputGuard.Spot(state.Options, page, duplicate.Line, duplicate.Column),
                    $"这个页面{FromZh(sources.Value, page)}把 id“{duplicate.Target}”用了两次；#锚点只能到达第一个",
                    $"the id \"{duplicate.Target}\" is used twice on this page{From(sources.Value, page)}; an #anchor could reach only the first");
            }
            foreach (var link in links.Links)
            {
                checkedLinks++;
                var hash = link.Target.IndexOf('#', StringComparison.Ordinal);
                var file = hash < 0 ? link.Target : link.Target[..hash];
                string? code = null;
                if (!files.Contains(file)) code = DiagnosticCodes.BrokenLink;
                else if (hash >= 0 && IdsOf(file) is { } targetIds && !targetIds.Contains(link.Target[(hash + 1)..]))
                    code = DiagnosticCodes.BrokenAnchor;
                if (code is null) continue;
                broken ??= [];
                if (!broken.TryGetValue((code, link.Written), out var pages)) broken[(code, link.Written)] = pages = [];
                pages.Add((page, link));
            }
        }
        if (broken is not null) Report(state, broken, sources.Value);
        state.Progress.Finished(Name, DiagnosticStyle.Current.Say($"{checkedPages.Count} 个页面上的 {checkedLinks} 个链接", $"{checkedLinks} links on {checkedPages.Count} pages"));
    }

    private static void Report(BuildState state, SortedDictionary<(string Code, string Written), List<(string Page, LinkAt Link)>> broken,
        Dictionary<string, string> sources)
    {
        foreach (var ((code, written), pages) in broken)
        {
            foreach (var (page, link) in pages.Take(PagesPerBrokenLink))
            {
                var anchor = link.Target[(link.Target.IndexOf('#', StringComparison.Ordinal) + 1)..];
                var whatZh = code == DiagnosticCodes.BrokenLink
                    ? $"链接“{written}”{FromZh(sources, page)}指向 /{Without(link.Target)}，但这次生成的网站里没有这个文件"
                    : $"链接“{written}”{FromZh(sources, page)}指向 #{anchor}，但 /{Without(link.Target)} 里没有这个 id";
                var what = code == DiagnosticCodes.BrokenLink
                    ? $"the link \"{written}\"{From(sources, page)} goes to /{Without(link.Target)}, which this build does not have"
                    : $"the link \"{written}\"{From(sources, page)} points at #{anchor}, which /{Without(link.Target)} has no id for";
                var moreZh = pages.Count > PagesPerBrokenLink && page == pages[PagesPerBrokenLink - 1].Page
                    ? $"（另有 {pages.Count - PagesPerBrokenLink} 个页面）" : "";
                var more = pages.Count > PagesPerBrokenLink && page == pages[PagesPerBrokenLink - 1].Page
                    ? $" (and {pages.Count - PagesPerBrokenLink} more pages)" : "";
                state.Bag.Error(code, OutputGuard.Spot(state.Options, page, link.Line, link.Column), whatZh + moreZh, what + more);
            }
        }
    }

    /// <summary>
    /// True when a page this build did not render could now have a broken link, so that every page must be checked. Those
    /// pages were checked by the build that published them, and only a file that is gone, or a page rendered again
    /// without an id it had, can break them; otherwise only the rendered pages are checked (incremental.sh: checking
    /// and reading every page's links cost a rebuild about 0.25 s).
    /// </summary>
    private static bool MayHaveBroken(BuildState state, HashSet<string> files)
    {
        var previous = state.Previous;
        if (previous.Entries.Keys.Any(p => !files.Contains(p))) return true;
        foreach (var (page, links) in state.Links)
        {
            if (previous.LinksOf(page) is not { } was) continue;
            var ids = links.Ids.ToHashSet(StringComparer.Ordinal);
            if (was.Ids.Any(id => !ids.Contains(id))) return true;
        }
        return false;
    }

    private static string Without(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? target : target[..hash];
    }

    private static string From(Dictionary<string, string> sources, string page) =>
        sources.TryGetValue(page, out var source) ? $" (from {source})" : "";

    private static string FromZh(Dictionary<string, string> sources, string page) =>
        sources.TryGetValue(page, out var source) ? $"（来自 {source}）" : "";
}
