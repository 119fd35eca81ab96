using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Build;

/// <summary>
/// Reads a rendered page with AngleSharp's HTML tokenizer, the first half of its parser, and lists the page's
/// internal links and ids. Building the whole DOM would cost three times as much and tell nothing more here.
/// </summary>
public static class LinkExtractor
{
    /// <summary>Addresses the verification service answers on the same origin; the site does not hold them.</summary>
    public static IReadOnlyList<string> ServicePrefixes { get; } = [SiteUrls.Verify, SiteUrls.LookupAnswer, "/c/", "/api/"];

    private static readonly Uri SiteRoot = new("https://site.invalid/");

    public static PageLinks Extract(string sitePath, string html)
    {
        // A read-only source over the string itself: TextSource(string) copies the page into a StringBuilder and reads it back
        // a char at a time through its chunks (site-vs-hugo.sh, with the shared strings below: 2-3 % less CPU, 25-65 MB less peak).
        using var source = new TextSource(new StringTextSource(html));
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver) { SkipComments = true, SkipDataText = true };
        var links = new List<LinkAt>();
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<LinkAt>();
        // Struct tokens are reused by the tokenizer: a page's thousands of tags allocate nothing of their own.
        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
        {
            if (token.Type != HtmlTokenType.StartTag) continue;
            var name = token.Name.Memory.Span;
            var (line, column) = (token.Position.Line, token.Position.Column);
            if (Attribute(ref token, "id") is { Length: > 0 } id)
            {
                if (seen.Add(id)) ids.Add(id);
                else duplicates.Add(new LinkAt(id, id, line, column));
            }
            var linking = name switch
            {
                "a" or "link" or "area" => "href",
                "script" or "img" or "iframe" or "source" => "src",
                "form" => "action",
                _ => null,
            };
            if (linking is not null && token.GetAttribute(linking) is { IsNullOrEmpty: false } written
                && Link(sitePath, written.Memory.Span, line, column) is { } link) links.Add(link);
            // What the tree builder would do: the text of these elements is not markup.
            tokenizer.State = name switch
            {
                "title" or "textarea" => HtmlParseMode.RCData,
                "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                _ => tokenizer.State,
            };
        }
        return new PageLinks(links, ids, duplicates);
    }

    private static string? Attribute(ref StructHtmlToken token, string name)
    {
        var value = token.GetAttribute(name);
        return value.IsNullOrEmpty ? null : value.Memory.ToString();
    }

    /// <summary>The address of the page at a site path: folders end in '/'.</summary>
    public static string PageUrl(string sitePath) =>
        "/" + (sitePath.EndsWith("index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath);

    /// <summary>The link to "site/file/path" or "site/file/path#fragment" for an internal link; null for other origins and the service.</summary>
    private static LinkAt? Link(string sitePath, ReadOnlySpan<char> written, int line, int column)
    {
        var text = written.Trim();
        // Root-relative links mean the same on every page, and every page repeats the navigation's: each is resolved, and its
        // text kept, once per thread, so that the pages' links share those strings (site-vs-hugo.sh: less peak memory, see above).
        if (text.StartsWith('/') && !text.StartsWith("//"))
        {
            var cache = (_rootRelative ??= new Dictionary<string, (string Written, string? Target)>(StringComparer.Ordinal))
                .GetAlternateLookup<ReadOnlySpan<char>>();
            if (!cache.TryGetValue(written, out var known))
            {
                var whole = written.ToString();
                cache[whole] = known = (whole, Target(new Uri(SiteRoot, whole.Trim())));
            }
            return known.Target is null ? null : new LinkAt(known.Target, known.Written, line, column);
        }
        if (text.StartsWith("//") || HasScheme(text)) return null;
        var relative = written.ToString();
        return Uri.TryCreate(new Uri(SiteRoot, PageUrl(sitePath)), relative.Trim(), out var uri) && uri.Host == SiteRoot.Host && Target(uri) is { } target
            ? new LinkAt(target, relative, line, column)
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
