using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Build;

/// <summary>Parses a rendered page as a browser would (AngleSharp) and lists its internal links and its ids.</summary>
public static class LinkExtractor
{
    /// <summary>Addresses the verification service answers on the same origin; the site does not hold them.</summary>
    public static IReadOnlyList<string> ServicePrefixes { get; } = [SiteUrls.Verify, "/c/", "/api/"];

    private static readonly Uri SiteRoot = new("https://site.invalid/");

    [ThreadStatic]
    private static HtmlParser? _parser;

    public static PageLinks Extract(string sitePath, string html)
    {
        _parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = _parser.ParseDocument(html);
        var pageUri = new Uri(SiteRoot, PageUrl(sitePath));
        var links = new List<LinkAt>();
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<LinkAt>();
        foreach (var element in document.All)
        {
            var (line, column) = Position(element);
            if (element.Id is { Length: > 0 } id)
            {
                if (seen.Add(id)) ids.Add(id);
                else duplicates.Add(new LinkAt(id, id, line, column));
            }
            var written = element.LocalName switch
            {
                "a" or "link" or "area" => element.GetAttribute("href"),
                "script" or "img" or "iframe" or "source" => element.GetAttribute("src"),
                "form" => element.GetAttribute("action"),
                _ => null,
            };
            if (written is not null && Resolve(pageUri, sitePath, written) is { } target) links.Add(new LinkAt(target, written, line, column));
        }
        return new PageLinks(links, ids, duplicates);
    }

    /// <summary>The address of the page at a site path: folders end in '/'.</summary>
    public static string PageUrl(string sitePath) =>
        "/" + (sitePath.EndsWith("index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath);

    /// <summary>"site/file/path" or "site/file/path#fragment" for an internal link; null for other origins and the service.</summary>
    private static string? Resolve(Uri pageUri, string sitePath, string written)
    {
        var text = written.Trim();
        if (text.Length == 0) return sitePath;
        if (text.StartsWith("//", StringComparison.Ordinal) || HasScheme(text)) return null;
        if (!Uri.TryCreate(pageUri, text, out var uri) || uri.Host != SiteRoot.Host) return null;
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        if (ServicePrefixes.Any(p => path == p || (p.EndsWith('/') && path.StartsWith(p, StringComparison.Ordinal)))) return null;
        var file = SiteUrls.FileOf(path);
        var fragment = uri.Fragment.Length > 1 ? Uri.UnescapeDataString(uri.Fragment[1..]) : null;
        return fragment is null ? file : file + "#" + fragment;
    }

    private static bool HasScheme(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && text.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0;
    }

    private static (int Line, int Column) Position(IElement element) =>
        element.SourceReference is { } source ? (source.Position.Line, source.Position.Column) : (0, 0);
}
