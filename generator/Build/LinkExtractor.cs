using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
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
    public static IReadOnlyList<string> ServicePrefixes { get; } = [SiteUrls.Verify, "/c/", "/api/"];

    private static readonly Uri SiteRoot = new("https://site.invalid/");

    public static PageLinks Extract(string sitePath, string html)
    {
        using var source = new TextSource(html);
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver) { SkipComments = true, SkipDataText = true };
        var pageUri = new Uri(SiteRoot, PageUrl(sitePath));
        var links = new List<LinkAt>();
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<LinkAt>();
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken { Type: HtmlTokenType.StartTag } tag) continue;
            var (line, column) = (tag.Position.Line, tag.Position.Column);
            if (tag.GetAttribute("id") is { Length: > 0 } id)
            {
                if (seen.Add(id)) ids.Add(id);
                else duplicates.Add(new LinkAt(id, id, line, column));
            }
            var written = tag.Name switch
            {
                "a" or "link" or "area" => tag.GetAttribute("href"),
                "script" or "img" or "iframe" or "source" => tag.GetAttribute("src"),
                "form" => tag.GetAttribute("action"),
                _ => null,
            };
            if (!string.IsNullOrEmpty(written) && Resolve(pageUri, sitePath, written) is { } target) links.Add(new LinkAt(target, written, line, column));
            // What the tree builder would do: the text of these elements is not markup.
            tokenizer.State = tag.Name switch
            {
                "title" or "textarea" => HtmlParseMode.RCData,
                "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                _ => tokenizer.State,
            };
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

}
