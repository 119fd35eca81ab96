using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.Core.Numbers;
using SkillCert.VerifyApi.Certificates;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>
/// The HTML side of verification. <c>/verify</c> takes the static site's plain GET form and sends the browser
/// on to the result page <c>/c/{number}</c>, the same address a QR code opens.
/// </summary>
public static class PagesApi
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/verify", Verify).WithTags("Pages").WithSummary("Redirect the site's verify form to the result page /c/{number}");
        return routes;
    }

    internal static Results<RedirectHttpResult, ValidationProblem> Verify(string? number, string? name, CertificateQuery query)
    {
        if (string.IsNullOrWhiteSpace(number))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["number"] = ["enter a certificate number", "请输入证书编号"] },
                title: "No certificate number was given");
        // The cleaned form makes one result address per certificate however the number was typed.
        var cleaned = CertificateNumber.Decode(number, query.Today) is { WellFormed: true } d ? d.Number!.Format() : number.Trim();
        var target = "/c/" + Uri.EscapeDataString(cleaned);
        if (!string.IsNullOrWhiteSpace(name)) target += "?name=" + Uri.EscapeDataString(name.Trim());
        return TypedResults.Redirect(target);
    }
}
