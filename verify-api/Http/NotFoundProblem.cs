using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace SkillCert.VerifyApi.Http;

/// <summary>A 404 as <c>application/problem+json</c>, declared as such in the OpenAPI document.</summary>
public sealed class NotFoundProblem(string detail, string detailZh, IReadOnlyDictionary<string, object?>? extensions = null)
    : ProblemResult(StatusCodes.Status404NotFound, "Not found", "未找到", detail, detailZh, extensions), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status404NotFound);
}
