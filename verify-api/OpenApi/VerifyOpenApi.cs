using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SkillCert.Core.Verification;

namespace SkillCert.VerifyApi.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, made exact where the endpoints' metadata cannot say it: the number's
/// pattern and length (except where any text is decoded), HEAD beside every GET, the answers the server gives before any
/// endpoint (<c>default</c>), and the headers that redirects, revalidation and rate limits carry.
/// </summary>
public static class VerifyOpenApi
{
    /// <summary>A certificate number as the export writes it: a letter and 21 digits, or 20 in the notice's form.</summary>
    public const string NumberPattern = "^[YS][0-9]{20,21}$";

    /// <summary>The one operation that takes any text for a number: it decodes it and says what is wrong, at 200.</summary>
    public const string DecodingPath = "/api/v1/numbers/{number}";

    public const string DecodedNumberDescription =
        "Any text, as typed: spaces, hyphens, full-width characters and a lower-case letter are taken out first. The answer " +
        "says field by field what is wrong (wellFormed: false) rather than refusing; more than 64 characters are not read.";

    public const string NumberDescription =
        "The certificate number: Y or S and 21 digits (the national 22-character form), or 20 digits (the notice's 21-character form). " +
        "The same number typed with spaces, hyphens, full-width characters or a lower-case letter is read too (a name check is first " +
        "redirected to the number as written here); anything else, or more than 64 characters, answers 400 with each field's error.";

    private const string Title = "SkillCert certificate verification · 职业技能等级证书核验";

    private const string Description =
        "Read-only verification of vocational skill level certificates. Every GET operation also answers HEAD, with the same status " +
        "and headers and no body. The JSON operations under /api/v1 that answer GET may be called from any origin (CORS, no " +
        "credentials); answers are compressed (br, gzip) when the client accepts it. When the export in service is sample data, " +
        "every JSON answer carries \"demo\": true. A request the service refuses as a whole (a request target over 8 KiB: 414; " +
        "headers over 16 KiB or 50 fields: 431; a method the address does not answer: 405) gets the default answer, " +
        "application/problem+json. Requests that break HTTP itself (a NUL or control byte, or %00 in the path; a request line over " +
        "64 KiB; headers over 32 KiB or 100 fields) are refused by the web server before the service sees them: 400, 414 or 431 " +
        "with no body and Connection: close.";

    public static IServiceCollection AddVerifyOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(Contracts.LookupRequest)) DescribeLookup(schema);
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = Title;
            document.Info.Description = Description;
            foreach (var (name, path) in document.Paths)
            {
                // HEAD is GET without the body; listing it again would only repeat every GET (and its operation id).
                if (path.Operations is not { } operations) continue;
                operations.Remove(HttpMethod.Head);
                foreach (var operation in operations.Values) Complete(operation, name, document);
            }
            return Task.CompletedTask;
        });
    });

    private static void DescribeNumber(OpenApiParameter parameter, string path)
    {
        if (path == DecodingPath)
        {
            parameter.Description ??= DecodedNumberDescription;
            return;
        }
        parameter.Description ??= NumberDescription;
        if (parameter.Schema is not OpenApiSchema schema) return;
        schema.Pattern = NumberPattern;
        schema.MinLength = 21;
        schema.MaxLength = 22;
    }

    // Both fields are required and refused when null or empty; a null is never a valid value, so none is declared.
    private static void DescribeLookup(OpenApiSchema schema)
    {
        foreach (var (name, maxLength) in new[] { ("name", HolderName.MaxLength), ("idNumber", Lookups.LookupRules.MaxIdLength) })
        {
            if (schema.Properties is null || !schema.Properties.TryGetValue(name, out var property) || property is not OpenApiSchema field) continue;
            field.Type = JsonSchemaType.String;
            field.MinLength = 1;
            field.MaxLength = maxLength;
        }
    }

    private static void Complete(OpenApiOperation operation, string path, OpenApiDocument document)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter is { Name: "number", In: ParameterLocation.Path }) DescribeNumber(parameter, path);
        }
        var responses = operation.Responses ??= [];
        foreach (var (status, response) in responses)
        {
            if (response is not OpenApiResponse answer) continue;
            switch (status)
            {
                case "301" or "302" or "308":
                    Header(answer, "Location", "Where the answer is: the result page, or the same address with the number as the export writes it");
                    break;
                case "304":
                    Header(answer, "ETag", "The tag that still holds");
                    break;
                case "429":
                    Header(answer, "Retry-After", "Seconds until a request will be answered again");
                    break;
            }
        }
        if (responses.ContainsKey("304") && responses.TryGetValue("200", out var ok) && ok is OpenApiResponse found)
            Header(found, "ETag", "The answer's tag, for If-None-Match; the JSON answer's and the page's never match");
        responses["default"] = new OpenApiResponse
        {
            Description = "The request itself refused (405 method, 414 request target too long, 431 headers too large), before any lookup",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
            },
        };
    }

    private static void Header(OpenApiResponse response, string name, string description)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }
}
