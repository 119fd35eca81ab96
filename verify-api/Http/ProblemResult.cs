using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// An error answer as <c>application/problem+json</c> with English and Chinese text. Subclasses fix the status
/// and declare it to OpenAPI; errors are never cached, since a new export may answer differently.
/// </summary>
public abstract class ProblemResult(int status, string title, string titleZh, string detail, string detailZh) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.CacheControl = "no-store";
        return ProblemWriter.WriteAsync(httpContext, ProblemWriter.Problem(status, title, detail, titleZh, detailZh));
    }

    /// <summary>The OpenAPI declaration of a problem response with this status.</summary>
    protected static void Declare(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
}
