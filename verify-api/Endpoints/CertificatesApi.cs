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
            return Invalid(new() { ["name"] = [$"a name has at most {HolderName.MaxLength} characters", $"姓名不超过 {HolderName.MaxLength} 个字符"] });

        var answer = await query.AskAsync(number, name, cancellationToken).ConfigureAwait(false);
        switch (answer.Kind)
        {
            case CertificateAnswerKind.Malformed:
                return Invalid(FieldErrors(answer.Decoding));
            case CertificateAnswerKind.Unavailable:
                return new UnavailableProblem("No certificate export is loaded yet; see /readyz.", "证书数据尚未加载，请稍后再试。");
            case CertificateAnswerKind.NotFound:
                return new NotFoundProblem($"No certificate has the number {answer.Decoding.Number}.",
                    $"未查询到编号为 {answer.Decoding.Number} 的证书。");
        }

        var headers = http.Response.Headers;
        headers.ETag = answer.ETag;
        headers.CacheControl = string.IsNullOrEmpty(name) ? PublicCache : PrivateCache;
        if (EntityTags.Matches(http.Request, answer.ETag!)) return NotModified.Instance;
        return new CertificateJson(answer.View!);
    }

    /// <summary>Each wrong field of the number, named as NumberReport names it, with the message in English and Chinese.</summary>
    public static Dictionary<string, string[]> FieldErrors(NumberDecoding decoding) =>
        decoding.Errors.GroupBy(e => NumberReport.FieldName(e.Field))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => new[] { e.Message, e.MessageZh }).ToArray(), StringComparer.Ordinal);

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors,
        title: "The certificate number or name is malformed", detail: "证书编号或姓名格式不正确：见 errors 中各字段的说明。");
}
