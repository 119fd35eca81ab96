using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>
/// The answer, as <c>application/problem+json</c>, for a question about a number that found no certificate: 400 for a
/// malformed number, 404 for an unknown one, 503 while no export is loaded. Every endpoint about a number returns this
/// one type, so they refuse in the same words, with the same <c>verdict</c>, and declare the same statuses to OpenAPI.
/// </summary>
public sealed class CertificateProblem : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private readonly IResult _problem;

    private CertificateProblem(IResult problem, int status)
    {
        _problem = problem;
        StatusCode = status;
    }

    public int? StatusCode { get; }

    /// <summary>The problem for an answer that found no certificate, or null when one was found.</summary>
    public static CertificateProblem? For(CertificateAnswer answer) => answer.Kind switch
    {
        CertificateAnswerKind.Malformed => new(AnswerProblems.Malformed(answer.Decoding), StatusCodes.Status400BadRequest),
        CertificateAnswerKind.Unavailable => new(AnswerProblems.NoExport(), StatusCodes.Status503ServiceUnavailable),
        CertificateAnswerKind.NotFound => new(AnswerProblems.Unknown(answer), StatusCodes.Status404NotFound),
        _ => null,
    };

    /// <summary>A 400 for a query whose other parameters (the name, the QR link) are refused before any lookup.</summary>
    public static CertificateProblem Invalid(Dictionary<string, string[]> errors) =>
        new(AnswerProblems.Invalid(errors), StatusCodes.Status400BadRequest);

    public Task ExecuteAsync(HttpContext httpContext) => _problem.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(ProblemDetails), ["application/problem+json"]));
    }
}
