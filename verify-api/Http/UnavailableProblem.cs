using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace SkillCert.VerifyApi.Http;

/// <summary>A 503 as <c>application/problem+json</c>: the service runs but cannot answer this yet (no export, no ID key).</summary>
public sealed class UnavailableProblem(string detail, string detailZh)
    : ProblemResult(StatusCodes.Status503ServiceUnavailable, "Service unavailable", "服务暂不可用", detail, detailZh), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status503ServiceUnavailable);
}
