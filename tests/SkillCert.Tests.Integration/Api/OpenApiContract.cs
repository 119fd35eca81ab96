using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// The service's OpenAPI document read as a contract: which answers an operation may give, with which content types, and
/// whether a JSON body fits its declared schema (type, required, properties, items, additionalProperties, oneOf, $ref).
/// </summary>
internal sealed class OpenApiContract(JsonElement document)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    /// <summary>The statuses that only the documented <c>default</c> answer covers: refusals of the request itself.</summary>
    public static readonly HttpStatusCode[] DefaultStatuses =
        [HttpStatusCode.MethodNotAllowed, HttpStatusCode.RequestUriTooLong, HttpStatusCode.RequestHeaderFieldsTooLarge];

    public JsonElement Document { get; } = document;

    /// <summary>"GET /c/{number}" for every documented operation.</summary>
    public IEnumerable<string> Operations =>
        Document.GetProperty("paths").EnumerateObject().SelectMany(path =>
            path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)).Select(m => $"{m.Name.ToUpperInvariant()} {path.Name}"));

    public JsonElement Operation(string operation)
    {
        var (method, path) = Split(operation);
        return Document.GetProperty("paths").GetProperty(path).GetProperty(method);
    }

    /// <summary>Everything wrong with an answer to the operation, by the document; empty when it conforms.</summary>
    public IReadOnlyList<string> Problems(string operation, HttpStatusCode status, string? mediaType, string body)
    {
        var responses = Operation(operation).GetProperty("responses");
        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        if (!responses.TryGetProperty(code, out var response))
        {
            if (!DefaultStatuses.Contains(status) || !responses.TryGetProperty("default", out response))
                return [$"{operation} answered {code}, which the document does not declare"];
        }
        if (!response.TryGetProperty("content", out var content))
            return body.Length == 0 ? [] : [$"{operation} {code} has a body ({mediaType}) but the document declares none"];
        if (mediaType is null || !content.TryGetProperty(mediaType, out var declared))
            return [$"{operation} {code} answered {mediaType ?? "no content type"}; the document declares {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}"];
        if (!mediaType.EndsWith("json", StringComparison.Ordinal) || !declared.TryGetProperty("schema", out var schema)) return [];
        using var json = JsonDocument.Parse(body);
        var errors = new List<string>();
        Check(json.RootElement, schema, "$", errors);
        return errors.Select(e => $"{operation} {code}: {e}").ToList();
    }

    private void Check(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Resolve(reference.GetString()!), at, errors);
            return;
        }
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matches = oneOf.EnumerateArray().Count(option =>
            {
                var found = new List<string>();
                Check(value, option, at, found);
                return found.Count == 0;
            });
            if (matches != 1) errors.Add($"{at} matches {matches} of the oneOf schemas");
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            errors.Add($"{at} is {value.ValueKind}, declared {type}");
            return;
        }
        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern)
            && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
            errors.Add($"{at} does not match {pattern}");
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) Check(item, items, $"{at}[{i++}]", errors);
        }
        if (value.ValueKind != JsonValueKind.Object) return;
        foreach (var required in schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!) : [])
        {
            if (!value.TryGetProperty(required, out _)) errors.Add($"{at}.{required} is required but missing");
        }
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var declared))
                Check(property.Value, declared, $"{at}.{property.Name}", errors);
            else if (additional.ValueKind == JsonValueKind.Object)
                Check(property.Value, additional, $"{at}.{property.Name}", errors);
            else if (additional.ValueKind == JsonValueKind.False)
                errors.Add($"{at}.{property.Name} is not declared");
        }
    }

    private JsonElement Resolve(string reference)
    {
        var name = reference["#/components/schemas/".Length..];
        return Document.GetProperty("components").GetProperty("schemas").GetProperty(name);
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => TypeMatches(value, t.GetString()!)) : TypeMatches(value, type.GetString()!);

    private static bool TypeMatches(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => false,
    };

    private static (string Method, string Path) Split(string operation)
    {
        var space = operation.IndexOf(' ', StringComparison.Ordinal);
        return (operation[..space].ToLowerInvariant(), operation[(space + 1)..]);
    }
}
