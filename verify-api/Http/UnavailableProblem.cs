using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace SkillCert.VerifyApi.Http;

/// <summary>A 503 as <c>application/problem+json</c>: the service runs but cannot answer this yet (no export, no ID key).</summary>
public sealed class UnavailableProblem(string detail, string detailZh) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status503ServiceUnavailable;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.CacheControl = "no-store";
        return ProblemWriter.WriteAsync(httpContext,
            ProblemWriter.Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", detail, "服务暂不可用", detailZh));
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(ProblemDetails), ["application/problem+json"]));
}
