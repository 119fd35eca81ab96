using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.StaticFiles;
using SkillCert.Rendering.Site;

namespace SkillCert.VerifyApi.Site;

/// <summary>
/// The media types the site's files are sent with: text always says UTF-8 (the build writes nothing else), the change
/// feed is Atom, and a compressed twin (<c>page.html.br</c>) has its file's type, its encoding being a header of its own.
/// </summary>
public sealed class SiteContentTypes : IContentTypeProvider
{
    public const string AtomFeed = "feed.xml";

    private static readonly FileExtensionContentTypeProvider Known = new();

    private static readonly Dictionary<string, string> Utf8Text = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".svg"] = "image/svg+xml; charset=utf-8",
        [".json"] = "application/json",
    };

    public static SiteContentTypes Instance { get; } = new();

    public bool TryGetContentType(string subpath, [MaybeNullWhen(false)] out string contentType)
    {
        var file = CompressedTwinNames.FileOf(subpath);
        if (file.EndsWith("/" + AtomFeed, StringComparison.Ordinal))
        {
            contentType = "application/atom+xml; charset=utf-8";
            return true;
        }
        return Utf8Text.TryGetValue(Path.GetExtension(file), out contentType) || Known.TryGetContentType(file, out contentType);
    }
}
