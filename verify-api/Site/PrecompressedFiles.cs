using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using SkillCert.Rendering.Site;

namespace SkillCert.VerifyApi.Site;

/// <summary>
/// Sends the Brotli or gzip twin that the build wrote beside a text file (<c>index.html.br</c>) to a client whose
/// Accept-Encoding takes it, Brotli first, by pointing the static files at the twin; the file's own type stays
/// (<see cref="SiteContentTypes"/>). Every answer for such a file says <c>Vary: Accept-Encoding</c>, the plain one included.
/// </summary>
public sealed class PrecompressedFiles(RequestDelegate next, IFileProvider files)
{
    private static readonly (string Suffix, string Coding)[] Codings = [(".br", "br"), (".gz", "gzip")];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint() is not null || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Path.Value is not { } path)
        {
            return next(context);
        }
        if (CompressedTwinNames.IsTwin(path) && files.GetFileInfo(path).Exists)
        {
            // A twin asked for by its own name is its file, encoded: said so, so that no client reads it as plain text.
            context.Response.Headers.ContentEncoding = Codings.First(c => path.EndsWith(c.Suffix, StringComparison.Ordinal)).Coding;
        }
        else if (CompressedTwinNames.IsText(path) && files.GetFileInfo(path).Exists)
        {
            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            foreach (var (suffix, coding) in Codings)
            {
                if (!Accepts(request.Headers.AcceptEncoding, coding) || !files.GetFileInfo(path + suffix).Exists) continue;
                context.Response.Headers.ContentEncoding = coding;
                request.Path = path + suffix;
                break;
            }
        }
        return next(context);
    }

    /// <summary>True when the header lists the coding (or *) with a quality above zero.</summary>
    private static bool Accepts(StringValues acceptEncoding, string coding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var offered)) return false;
        var quality = offered.FirstOrDefault(o => StringSegment.Equals(o.Value, coding, StringComparison.OrdinalIgnoreCase))
            ?? offered.FirstOrDefault(o => o.Value == "*");
        return quality is not null && (quality.Quality ?? 1) > 0;
    }
}
