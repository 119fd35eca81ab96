using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Json;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>Certificate verification by number, with an optional name check and optional QR claims; the answer's verdict comes first.</summary>
public static class CertificatesApi
{
    private const string PublicCache = "public, max-age=300";

    // An answer checked against a name or a QR code may carry the full name: browsers may keep it, shared caches may not.
    private const string PrivateCache = "private, max-age=300";

    /// <summary>Longer than any QR link SkillCert prints; a longer value is refused unread.</summary>
    public const int MaxQrLinkLength = 1024;

    public static RouteGroupBuilder MapCertificates(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/certificates").WithTags("Certificates").RequireRateLimiting(RateLimits.PerClient)
            .RequireCors(CrossOrigin.PublicReads);
        group.MapGetAndHead("/{number}", GetAsync)
            .WithName("GetCertificate")
            .WithSummary("Verify a certificate by its number; with ?name= also check the holder's name, with ?qr= a QR link's signed claims")
            .WithDescription("The answer's `verdict` is one of " + string.Join(", ", VerdictSlugs.All) +
                ", in that order of precedence: the first that applies is the answer. Only `genuine` means the certificate is real " +
                "and belongs to the person named or to the QR code's holder; `unconfirmed` means it is real but nothing confirmed the holder.")
            .Produces(StatusCodes.Status308PermanentRedirect)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    internal static async Task<Results<CertificateJson, NotModified, CertificateProblem, RedirectHttpResult>> GetAsync(
        string number, string? name, string? qr, HttpContext http, CertificateQuery query, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(name) && CanonicalAddress.For(http.Request, "/api/v1/certificates/", number, "", query.Today) is { } canonical)
            return TypedResults.Redirect(canonical, permanent: true, preserveMethod: true);
        if (NameLimit.Exceeded(name)) return CertificateProblem.Invalid(new() { ["name"] = NameLimit.Errors });
        if (qr is { Length: > MaxQrLinkLength })
            return CertificateProblem.Invalid(new() { ["qr"] = [$"a QR link has at most {MaxQrLinkLength} characters", $"二维码链接不超过 {MaxQrLinkLength} 个字符"] });

        var answer = await query.AskAsync(number, name, QrClaimsInput.FromLink(qr), cancellationToken).ConfigureAwait(false);
        if (CertificateProblem.For(answer) is { } problem) return problem;

        var headers = http.Response.Headers;
        var etag = EntityTags.Json(answer.ETag!);
        headers.ETag = etag;
        headers.CacheControl = string.IsNullOrEmpty(name) && string.IsNullOrEmpty(qr) ? PublicCache : PrivateCache;
        if (EntityTags.Matches(http.Request, etag)) return NotModified.Instance;
        return new CertificateJson(CertificateViews.Of(answer));
    }
}
