using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Contracts;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Lookups;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>A holder's certificates by name and ID number; the number travels only in the POST body and is used only hashed.</summary>
public static class LookupsApi
{
    public static RouteGroupBuilder MapLookups(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/lookups").WithTags("Lookups").RequireRateLimiting(RateLimits.PerClient).WithMetadata(RateLimits.Strict);
        group.MapPost("/", PostAsync)
            .WithName("LookUpHolder")
            .WithSummary("Find a holder's certificates by name and ID number")
            .Accepts<LookupRequest>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    internal static async Task<Results<Ok<LookupView>, ValidationProblem, LookupPausedProblem, UnavailableProblem>> PostAsync(
        LookupRequest request, HttpContext http, HolderLookup lookup, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        var outcome = await lookup.AskAsync(request.Name, request.IdNumber, cancellationToken).ConfigureAwait(false);
        return outcome.Kind switch
        {
            LookupOutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors, title: "The lookup is incomplete or malformed",
                detail: "请按 errors 中的说明更正后重试。"),
            LookupOutcomeKind.NoIdKey => new UnavailableProblem("Lookups by name and ID number are not available on this server.", "本服务暂不提供按姓名和证件号码查询。"),
            LookupOutcomeKind.NoExport => AnswerProblems.NoExport(),
            LookupOutcomeKind.Paused => new LookupPausedProblem(outcome.Pause, outcome.UntilTomorrow),
            _ => TypedResults.Ok((outcome.Certificates.Count == 0
                ? new LookupView(0, [], "No certificate matches this name and ID number.", NoMatchZh)
                : new LookupView(outcome.Certificates.Count, outcome.Certificates, $"{outcome.Certificates.Count} certificate(s) found.",
                    $"查询到 {outcome.Certificates.Count} 本证书。")) with { Demo = outcome.Demo }),
        };
    }

    /// <summary>One wording for an unknown person and a wrong name, so the answer does not tell which.</summary>
    public const string NoMatchZh = "未查询到与该姓名和证件号码相符的证书。";
}
