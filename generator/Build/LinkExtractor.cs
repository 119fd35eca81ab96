using SkillCert.Generator.Site;
using SkillCert.Rendering.Links;

namespace SkillCert.Generator.Build;

/// <summary>
/// Turns the links and ids a page wrote (recorded as its templates rendered it, or read with AngleSharp) into the page's
/// internal links, each resolved to a file of the site and placed at the line and column of its start tag.
/// </summary>
public static class LinkExtractor
{
    /// <summary>Addresses the verification service answers on the same origin; the site does not hold them.</summary>
    public static IReadOnlyList<string> ServicePrefixes { get; } = [SiteUrls.Verify, SiteUrls.LookupAnswer, "/c/", "/api/"];

    private static readonly Uri SiteRoot = new("https://site.invalid/");

    /// <summary>Reads the page with AngleSharp: for HTML no template recorded, and for the check that the recording misses nothing.</summary>
    public static PageLinks Extract(string sitePath, string html) => From(sitePath, html, HtmlLinkReader.Read(html));

    /// <summary>The page's links and ids from what it wrote, in page order.</summary>
    public static PageLinks From(string sitePath, string html, IReadOnlyList<RecordedLink> recorded)
    {
        var links = new List<LinkAt>();
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<LinkAt>();
        var (walked, line, lineStart) = (0, 1, 0);
        foreach (var written in recorded)
        {
            var tag = Math.Max(0, html.LastIndexOf('<', Math.Min(written.Offset, html.Length - 1)));
            if (tag < walked) (walked, line, lineStart) = (0, 1, 0);
            // One forward walk over the page for all its links: they come in page order.
            for (var newline = html.IndexOf('\n', walked, tag - walked); newline >= 0; newline = html.IndexOf('\n', newline + 1, tag - newline - 1))
                (line, lineStart) = (line + 1, newline + 1);
            walked = tag;
            var column = tag - lineStart + 1;
            if (written.IsId)
            {
                if (seen.Add(written.Value)) ids.Add(written.Value);
                else duplicates.Add(new LinkAt(written.Value, written.Value, line, column));
            }
            else if (Link(sitePath, written.Value, line, column) is { } link) links.Add(link);
        }
        return new PageLinks(links, ids, duplicates);
    }

    /// <summary>The address of the page at a site path: folders end in '/'.</summary>
    public static string PageUrl(string sitePath) =>
        "/" + (sitePath.EndsWith("index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath);

    /// <summary>The link to "site/file/path" or "site/file/path#fragment" for an internal link; null for other origins and the service.</summary>
    private static LinkAt? Link(string sitePath, string written, int line, int column)
    {
        var text = written.Trim();
        // Root-relative links mean the same on every page, and every page repeats the navigation's: each is resolved, and its
        // text kept, once per thread, so that the pages' links share those strings (site-vs-hugo.sh: less peak memory).
        if (text.StartsWith('/') && !text.StartsWith("//"))
        {
            var cache = _rootRelative ??= new Dictionary<string, (string Written, string? Target)>(StringComparer.Ordinal);
            if (!cache.TryGetValue(written, out var known))
                cache[written] = known = (written, Target(new Uri(SiteRoot, written.Trim())));
            return known.Target is null ? null : new LinkAt(known.Target, known.Written, line, column);
        }
        if (text.StartsWith("//") || HasScheme(text)) return null;
        return Uri.TryCreate(new Uri(SiteRoot, PageUrl(sitePath)), written.Trim(), out var uri) && uri.Host == SiteRoot.Host && Target(uri) is { } target
            ? new LinkAt(target, written, line, column)
            : null;
    }

    [ThreadStatic]
    private static Dictionary<string, (string Written, string? Target)>? _rootRelative;

    private static string? Target(Uri uri)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        if (ServicePrefixes.Any(p => path == p || (p.EndsWith('/') && path.StartsWith(p, StringComparison.Ordinal)))) return null;
        var file = SiteUrls.FileOf(path);
        var fragment = uri.Fragment.Length > 1 ? Uri.UnescapeDataString(uri.Fragment[1..]) : null;
        return fragment is null ? file : file + "#" + fragment;
    }

    private static bool HasScheme(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && text[..colon].IndexOfAny('/', '?', '#') < 0;
    }

}
