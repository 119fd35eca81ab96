using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using SkillCert.VerifyApi.Guesses;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// A 429 for a lookup that a daily budget on failed lookups has paused until tomorrow. It is decided before anything is
/// looked up, from earlier failures alone, so it says nothing about whether the ID number exists. It names the budget
/// (<c>"paused": "name"</c> or <c>"region"</c>) and points to what still works.
/// </summary>
public sealed class LookupPausedProblem(LookupPause pause, TimeSpan untilTomorrow)
    : ProblemResult(StatusCodes.Status429TooManyRequests, "Lookups paused until tomorrow", "查询暂停到明天",
        pause == LookupPause.Name
            ? "Lookups with this name have found nothing too many times today. To protect certificate holders, lookups with this name are paused until midnight (service time). A certificate can still be verified by its number or its QR code."
            : "Lookups with ID numbers of this region (their first six digits) have found nothing too many times today. To protect certificate holders, they are paused until midnight (service time). A certificate can still be verified by its number or its QR code.",
        DetailZh(pause),
        new Dictionary<string, object?> { ["paused"] = pause == LookupPause.Name ? "name" : "region" }), IEndpointMetadataProvider
{
    /// <summary>The pause in Chinese, as the JSON answer's <c>detailZh</c> and the lookup page both say it.</summary>
    public static string DetailZh(LookupPause pause) => pause == LookupPause.Name
        ? "今天用这个姓名查询而未查到证书的次数已达上限。为保护持证人，用这个姓名的查询暂停到今天 24 时。仍可按证书编号查询，或扫描证书上的二维码核验。"
        : "今天用这一地区（证件号码前 6 位相同）的证件号码查询而未查到证书的次数已达上限。为保护持证人，这一地区的查询暂停到今天 24 时。仍可按证书编号查询，或扫描证书上的二维码核验。";

    public override Task ExecuteAsync(HttpContext httpContext)
    {
        SetRetryAfter(httpContext, untilTomorrow);
        return base.ExecuteAsync(httpContext);
    }

    /// <summary>Retry-After in whole seconds until lookups resume, at least one.</summary>
    public static void SetRetryAfter(HttpContext http, TimeSpan untilTomorrow) =>
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(untilTomorrow.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status429TooManyRequests);
}
