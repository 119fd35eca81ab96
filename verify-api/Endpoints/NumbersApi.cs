using SkillCert.Core.Numbers;
using SkillCert.VerifyApi.Http;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>Structure-only decoding of certificate numbers: no database, so it answers even without an export.</summary>
public static class NumbersApi
{
    public static RouteGroupBuilder MapNumbers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/numbers").WithTags("Numbers").RequireRateLimiting(RateLimits.PerClient);
        group.MapGet("/{number}", (string number, TimeProvider clock) =>
            TypedResults.Ok(NumberReport.From(CertificateNumber.Decode(number, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)))))
            .WithSummary("Decode a certificate number field by field, without looking it up");
        return group;
    }
}
