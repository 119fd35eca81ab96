using Microsoft.AspNetCore.StaticFiles;
using SkillCert.Rendering.Site;
using SkillCert.Rendering.Templates;

namespace SkillCert.VerifyApi.Site;

/// <summary>
/// How long the site's files may be kept. An asset whose name carries its fingerprint never changes, so it is kept for a
/// year without asking again; everything else, pages included, for five minutes, as the certificate answers are.
/// </summary>
public static class SiteCaching
{
    public const string Immutable = "public, max-age=31536000, immutable";

    public const string Short = "public, max-age=300";

    public static void Apply(StaticFileResponseContext context)
    {
        var path = CompressedTwinNames.FileOf(context.Context.Request.Path.Value ?? "");
        context.Context.Response.Headers.CacheControl = AssetFingerprints.IsFingerprinted(path) ? Immutable : Short;
    }
}
