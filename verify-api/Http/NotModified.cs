using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace SkillCert.VerifyApi.Http;

/// <summary>A 304 for a conditional request whose ETag still holds; the caller sets ETag and Cache-Control.</summary>
public sealed class NotModified : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public static NotModified Instance { get; } = new();

    public int? StatusCode => StatusCodes.Status304NotModified;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
        return Task.CompletedTask;
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
}
