using SkillCert.Core.Signing;

namespace SkillCert.VerifyApi.Pages;

/// <summary>Whether a request carried QR claims at all, and the claims when they could be read.</summary>
public sealed record QrClaimsInput(bool Present, SignedClaims? Signed)
{
    public static QrClaimsInput None { get; } = new(false, null);

    /// <summary>Reads claims from the request as it arrived, in either QR link form; the raw target keeps %2F in a name intact.</summary>
    public static QrClaimsInput From(HttpContext http, bool compactPath)
    {
        var query = http.Request.Query;
        var present = compactPath || query.ContainsKey("s") || query.ContainsKey("k");
        if (!present) return None;
        var raw = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget;
        var target = string.IsNullOrEmpty(raw) ? Microsoft.AspNetCore.Http.Extensions.UriHelper.GetEncodedPathAndQuery(http.Request) : raw;
        return new QrClaimsInput(true, QrLink.TryParse(target));
    }
}
