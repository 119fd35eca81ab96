using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using SkillCert.Rendering.Site;

namespace SkillCert.VerifyApi.Site;

/// <summary>
/// Sends the gzip twin that the build wrote beside a text file (<c>index.html.gz</c>, <see cref="CompressedTwinNames"/>) to a
/// client whose Accept-Encoding takes gzip, by pointing the static files at the twin; the file's own type stays
/// (<see cref="SiteContentTypes"/>). Every answer for such a file says <c>Vary: Accept-Encoding</c>, the plain one included.
/// </summary>
public sealed class PrecompressedFiles(RequestDelegate next, IFileProvider files)
{
    private const string Coding = "gzip";

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
            context.Response.Headers.ContentEncoding = Coding;
        }
        else if (CompressedTwinNames.IsText(path) && files.GetFileInfo(path).Exists)
        {
            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            var twin = path + CompressedTwinNames.Suffix;
            if (Accepts(request.Headers.AcceptEncoding, Coding) && files.GetFileInfo(twin).Exists)
            {
                context.Response.Headers.ContentEncoding = Coding;
                request.Path = twin;
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
