using System.Text.Json.Nodes;

namespace SkillCert.Tests.Integration.Api;

/// <summary>The document at /openapi/v1.json, as an independent validator reads it.</summary>
public class OpenApiValidationTests
{
    private static async Task<string> DocumentAsync()
    {
        await using var app = new VerifyApplication();
        return await app.Client().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
    }

    [Fact]
    public async Task The_served_document_passes_an_independent_openapi_validator()
    {
        var (exitCode, output) = await OpenApiValidator.ValidateAsync(await DocumentAsync());
        Assert.True(exitCode == 0, output);
        Assert.StartsWith("valid: OpenAPI 3.1", output, StringComparison.Ordinal);
    }

    /// <summary>The validator can fail: the QR route without its claims' parameters, as the document once had it, is refused.</summary>
    [Fact]
    public async Task The_validator_refuses_a_route_whose_path_parameters_are_not_declared()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        var operation = document["paths"]!["/c/{number}/{level}/{date}/{key}/{holder}/{signature}"]!["get"]!;
        var parameters = operation["parameters"]!.AsArray();
        parameters.Remove(parameters.Single(p => (string?)p!["name"] == "level"));
        var (exitCode, output) = await OpenApiValidator.ValidateAsync(document.ToJsonString());
        Assert.Equal(1, exitCode);
        Assert.Contains("{level} is not declared", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_path_parameter_of_the_qr_routes_is_declared_and_described()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        foreach (var route in new[] { "/c/{number}/{level}/{date}/{key}/{holder}/{signature}", "/c/{number}/{version}/{level}/{date}/{key}/{holder}/{signature}" })
        {
            var declared = document["paths"]![route]!["get"]!["parameters"]!.AsArray().Where(p => (string?)p!["in"] == "path").ToList();
            var names = route.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}')).ToList();
            Assert.Equal(names, declared.Select(p => (string)p!["name"]!).ToList());
            Assert.All(declared, p => Assert.False(string.IsNullOrEmpty((string?)p!["description"]), (string?)p!["name"]));
        }
    }

    [Fact]
    public async Task The_number_parameter_has_its_pattern_and_length_everywhere()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        // The decoding operation takes any text and says what is wrong with it, so it alone has no pattern.
        var numbers = document["paths"]!.AsObject().Where(path => path.Key != "/api/v1/numbers/{number}")
            .SelectMany(path => path.Value!.AsObject().Select(o => o.Value!["parameters"]))
            .OfType<JsonArray>().SelectMany(p => p).Where(p => (string?)p!["name"] == "number" && (string?)p["in"] == "path").ToList();
        Assert.True(numbers.Count >= 5, $"{numbers.Count} number parameters");
        Assert.All(numbers, n =>
        {
            Assert.Equal("^[YS][0-9]{20,21}$", (string?)n!["schema"]!["pattern"]);
            Assert.Equal(21, (int?)n["schema"]!["minLength"]);
            Assert.Equal(22, (int?)n["schema"]!["maxLength"]);
        });
    }

    [Fact]
    public async Task The_decoding_operation_takes_any_text_and_says_so()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        var number = document["paths"]!["/api/v1/numbers/{number}"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "number")!;
        Assert.Null(number["schema"]!["pattern"]);
        Assert.Contains("wellFormed: false", (string?)number["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lookup_body_declares_no_field_nullable()
    {
        var schema = JsonNode.Parse(await DocumentAsync())!["components"]!["schemas"]!["LookupRequest"]!;
        Assert.Equal(["name", "idNumber"], schema["required"]!.AsArray().Select(n => (string)n!).ToArray());
        foreach (var field in new[] { "name", "idNumber" })
        {
            Assert.Equal("string", (string?)schema["properties"]![field]!["type"]);
            Assert.Equal(1, (int?)schema["properties"]![field]!["minLength"]);
        }
    }

    [Fact]
    public async Task Head_is_not_listed_beside_get_but_said_once()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        Assert.DoesNotContain(document["paths"]!.AsObject(), path => path.Value!.AsObject().ContainsKey("head"));
        Assert.Contains("also answers HEAD", (string?)document["info"]!["description"], StringComparison.Ordinal);
    }
}
