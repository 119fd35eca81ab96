using SkillCert.Core.Signing;

namespace SkillCert.VerifyApi.Certificates;

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

    /// <summary>Reads claims from a whole QR link passed as a value (the JSON API's <c>?qr=</c>); null or empty means none.</summary>
    public static QrClaimsInput FromLink(string? link) =>
        string.IsNullOrEmpty(link) ? None : new QrClaimsInput(true, QrLink.TryParse(link));
}
