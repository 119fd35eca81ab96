using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.Core.Numbers;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Json;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>Certificate verification by number, with an optional name check.</summary>
public static class CertificatesApi
{
    private const string PublicCache = "public, max-age=300";

    // An answer checked against a name may carry the full name: browsers may keep it, shared caches may not.
    private const string PrivateCache = "private, max-age=300";

    public static RouteGroupBuilder MapCertificates(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/certificates").WithTags("Certificates").RequireRateLimiting(RateLimits.PerClient);
        group.MapGet("/{number}", GetAsync)
            .WithName("GetCertificate")
            .WithSummary("Verify a certificate by its number; with ?name= also check the holder's name")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    internal static async Task<Results<CertificateJson, NotModified, ValidationProblem, NotFoundProblem, UnavailableProblem>> GetAsync(
        string number, string? name, HttpContext http, CertificateQuery query, CancellationToken cancellationToken)
    {
        if (name is { Length: > HolderName.MaxLength })
            return AnswerProblems.Invalid(new() { ["name"] = [$"a name has at most {HolderName.MaxLength} characters", $"姓名不超过 {HolderName.MaxLength} 个字符"] });

        var answer = await query.AskAsync(number, name, cancellationToken).ConfigureAwait(false);
        switch (answer.Kind)
        {
            case CertificateAnswerKind.Malformed:
                return AnswerProblems.Malformed(answer.Decoding);
            case CertificateAnswerKind.Unavailable:
                return AnswerProblems.NoExport();
            case CertificateAnswerKind.NotFound:
                return AnswerProblems.Unknown(answer.Decoding);
        }

        var headers = http.Response.Headers;
        headers.ETag = answer.ETag;
        headers.CacheControl = string.IsNullOrEmpty(name) ? PublicCache : PrivateCache;
        if (EntityTags.Matches(http.Request, answer.ETag!)) return NotModified.Instance;
        return new CertificateJson(answer.View!);
    }

}
