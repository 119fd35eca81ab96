using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Build;

/// <summary>
/// Every internal link of every page must reach a file of this build, every #anchor an id on its page, and no
/// page may repeat an id. Pages that did not change are checked from their cached links, so that removing a
/// page breaks the build of every page that still links to it.
/// </summary>
public sealed class VerifyLinksStage : IBuildStage
{
    /// <summary>The same broken link on many pages (a template's link) is reported for this many pages, then counted.</summary>
    public const int PagesPerBrokenLink = 3;

    public string Name => "verify links";

    public void Run(BuildState state)
    {
        state.Progress.Started(Name, state.Links.Count);
        var files = state.Plan.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var sources = state.Plan.Where(p => p.Source is not null).ToDictionary(p => p.Path, p => p.Source!, StringComparer.Ordinal);
        var ids = state.Links.ToDictionary(p => p.Key, p => p.Value.Ids.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var broken = new SortedDictionary<(string Code, string Written), List<(string Page, LinkAt Link)>>();
        var checkedLinks = 0;
        foreach (var (page, links) in state.Links.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var duplicate in links.DuplicateIds)
            {
                state.Bag.Error(DiagnosticCodes.DuplicateId, OutputGuard.Spot(state.Options, page, duplicate.Line, duplicate.Column),
                    $"这个页面{FromZh(sources, page)}把 id“{duplicate.Target}”用了两次；#锚点只能到达第一个",
                    $"the id \"{duplicate.Target}\" is used twice on this page{From(sources, page)}; an #anchor could reach only the first");
            }
            foreach (var link in links.Links)
            {
                checkedLinks++;
                var hash = link.Target.IndexOf('#', StringComparison.Ordinal);
                var file = hash < 0 ? link.Target : link.Target[..hash];
                string? code = null;
                if (!files.Contains(file)) code = DiagnosticCodes.BrokenLink;
                else if (hash >= 0 && ids.TryGetValue(file, out var targetIds) && !targetIds.Contains(link.Target[(hash + 1)..]))
                    code = DiagnosticCodes.BrokenAnchor;
                if (code is null) continue;
                if (!broken.TryGetValue((code, link.Written), out var pages)) broken[(code, link.Written)] = pages = [];
                pages.Add((page, link));
            }
        }
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
        state.Progress.Finished(Name, $"{checkedLinks} links on {state.Links.Count} pages");
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
