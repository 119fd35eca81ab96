using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace SkillCert.VerifyApi.Http;

/// <summary>A 503 as <c>application/problem+json</c>: the service runs but cannot answer this yet (no export, no ID key).</summary>
/// <remarks>A <paramref name="code"/> names the problem's entry in docs/diagnostics.md (SC81xx for the export).</remarks>
public sealed class UnavailableProblem(string detail, string detailZh, string? code = null)
    : ProblemResult(StatusCodes.Status503ServiceUnavailable, "Service unavailable", "服务暂不可用", detail, detailZh,
        code is null ? null : new Dictionary<string, object?> { ["code"] = code }), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status503ServiceUnavailable);
}
