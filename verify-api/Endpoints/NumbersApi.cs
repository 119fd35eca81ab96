using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.Core.Numbers;
using SkillCert.VerifyApi.Http;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>Structure-only decoding of certificate numbers: no database, so it answers even without an export.</summary>
public static class NumbersApi
{
    public static RouteGroupBuilder MapNumbers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/numbers").WithTags("Numbers").RequireRateLimiting(RateLimits.PerClient)
            .RequireCors(CrossOrigin.PublicReads);
        group.MapGetAndHead("/{number}", Decode)
            .WithSummary("Decode a certificate number field by field, without looking it up")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    internal static Ok<NumberReport> Decode(string number, HttpContext http, TimeProvider clock)
    {
        // The same for everyone; only the year check depends on the day.
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(NumberReport.From(CertificateNumber.Decode(number, DateOnly.FromDateTime(clock.GetLocalNow().DateTime))));
    }
}
