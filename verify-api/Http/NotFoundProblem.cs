using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace SkillCert.VerifyApi.Http;

/// <summary>A 404 as <c>application/problem+json</c>, declared as such in the OpenAPI document.</summary>
public sealed class NotFoundProblem(string detail, string detailZh) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status404NotFound;

    public Task ExecuteAsync(HttpContext httpContext) => ProblemWriter.WriteAsync(httpContext,
        ProblemWriter.Problem(StatusCodes.Status404NotFound, "Not found", detail, "未找到", detailZh));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]));
}
