using Microsoft.OpenApi;

namespace SkillCert.VerifyApi.Http;

/// <summary>The OpenAPI declaration of the statuses a page answers with an HTML body.</summary>
public static class HtmlResponses
{
    public const string MediaType = "text/html";

    /// <summary>What the pages send: HTML, always as UTF-8.</summary>
    public const string ContentType = "text/html; charset=utf-8";

    public static RouteHandlerBuilder ProducesHtml(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses) builder.Produces<string>(status, MediaType);
        return builder;
    }

    /// <summary>
    /// Declares a problem+json body beside the HTML one for <paramref name="status"/>: a page answers 503 in HTML when it
    /// has no export to answer from, and as a problem when it has no templates to render with.
    /// </summary>
    public static RouteHandlerBuilder AlsoProducesProblem(this RouteHandlerBuilder builder, int status) =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            if (operation.Responses?.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true
                && response is OpenApiResponse { Content: { } content } && context.Document is { } document)
            {
                content["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails", document) };
            }
            return Task.CompletedTask;
        });
}
