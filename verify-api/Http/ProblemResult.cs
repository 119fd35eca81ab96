using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// An error answer as <c>application/problem+json</c> with English and Chinese text, and any extension members.
/// Subclasses fix the status and declare it to OpenAPI; errors are never cached, since a new export may answer differently.
/// </summary>
public abstract class ProblemResult(int status, string title, string titleZh, string detail, string detailZh,
    IReadOnlyDictionary<string, object?>? extensions = null) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => status;

    public virtual Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.CacheControl = "no-store";
        var problem = ProblemWriter.Problem(status, title, detail, titleZh, detailZh);
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        return ProblemWriter.WriteAsync(httpContext, problem);
    }

    /// <summary>The OpenAPI declaration of a problem response with this status.</summary>
    protected static void Declare(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
}
