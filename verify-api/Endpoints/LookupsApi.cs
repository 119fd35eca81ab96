using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.Core.Identity;
using SkillCert.Core.Numbers;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Contracts;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Guesses;
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
        LookupRequest request, HttpContext http, ExportStore store, IdKey key, CertificateQuery query, GuessBudgets budgets,
        CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        var errors = LookupRules.Errors(request, query.Today);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The lookup is incomplete or malformed", detail: "请按 errors 中的说明更正后重试。");
        if (!key.Available)
            return new UnavailableProblem("Lookups by name and ID number are not available on this server.", "本服务暂不提供按姓名和证件号码查询。");

        using var session = await store.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        if (session is null) return AnswerProblems.NoExport();

        var name = HolderName.Normalize(request.Name);
        var gate = budgets.EnterLookup(name, IdNumber.Normalize(request.IdNumber));
        if (gate.Pause is { } pause) return new LookupPausedProblem(pause, budgets.UntilTomorrow());

        var today = query.Today;
        // Full records are read only for the holder's own certificates, after the name matched.
        var records = HolderMatch.Numbers(name, session.FindHolderWindow(key.Hash(request.IdNumber!)))
            .Select(session.FindCertificate).OfType<CertificateRecord>()
            .OrderBy(r => r.IssuedOn).ThenBy(r => r.Number, StringComparer.Ordinal)
            .ToList();
        if (records.Count > 0) budgets.Found(gate);
        // A stored number that no longer decodes (a clock set back before its year) is left out, not failed on.
        var found = records
            .Select(r => (Record: r, Decoding: CertificateNumber.Decode(r.Number, today)))
            .Where(x => x.Decoding.WellFormed)
            .Select(x => CertificateViews.Of(CertificateQuery.Describe(session, x.Decoding, x.Record, today, NameCheck.Matches, QrClaimsInput.None)))
            .ToArray();
        var view = found.Length == 0
            ? new LookupView(0, [], "No certificate matches this name and ID number.", "未查询到与该姓名和证件号码相符的证书。")
            : new LookupView(found.Length, found, $"{found.Length} certificate(s) found.", $"查询到 {found.Length} 本证书。");
        return TypedResults.Ok(view with { Demo = session.Generation.Meta.Demo });
    }
}
