using Microsoft.AspNetCore.Mvc;

namespace SkillCert.VerifyApi.Http;

/// <summary>Writes an <c>application/problem+json</c> answer with an English title and detail and their Chinese twins.</summary>
public static class ProblemWriter
{
    public static ProblemDetails Problem(int status, string title, string detail, string titleZh, string detailZh) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["titleZh"] = titleZh, ["detailZh"] = detailZh },
    };

    public static Task WriteAsync(HttpContext http, ProblemDetails problem) => TypedResults.Problem(problem).ExecuteAsync(http);
}
