using System.Net;
using System.Text.Json;

namespace SkillCert.Tests.Integration.Api;

public class OpenApiTests
{
    private static async Task<JsonElement> DocumentAsync(VerifyApplication app)
    {
        var response = await app.Client().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static string[] Statuses(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task The_certificate_endpoint_declares_every_status_it_answers()
    {
        await using var app = new VerifyApplication();
        Assert.Equal(["200", "304", "308", "400", "404", "429", "503", "default"], Statuses(await DocumentAsync(app), "/api/v1/certificates/{number}", "get"));
    }

    [Fact]
    public async Task The_lookup_endpoint_declares_every_status_it_answers()
    {
        await using var app = new VerifyApplication();
        Assert.Equal(["200", "400", "413", "415", "429", "503", "default"], Statuses(await DocumentAsync(app), "/api/v1/lookups", "post"));
    }

    [Fact]
    public async Task Errors_are_declared_as_problem_json()
    {
        await using var app = new VerifyApplication();
        var notFound = (await DocumentAsync(app)).GetProperty("paths").GetProperty("/api/v1/certificates/{number}").GetProperty("get")
            .GetProperty("responses").GetProperty("404").GetProperty("content");
        Assert.True(notFound.TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task The_certificate_shape_is_described()
    {
        await using var app = new VerifyApplication();
        var schema = (await DocumentAsync(app)).GetProperty("components").GetProperty("schemas").GetProperty("CertificateView").GetProperty("properties");
        foreach (var field in new[] { "verdict", "number", "checks", "status", "maskedName", "nameCheck", "claims", "institution", "level", "occupation", "trade" })
            Assert.True(schema.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task The_result_page_declares_its_html_answers_its_redirect_and_its_revalidation()
    {
        await using var app = new VerifyApplication();
        var document = await DocumentAsync(app);
        Assert.Equal(["200", "304", "308", "400", "404", "429", "503", "default"], Statuses(document, "/c/{number}", "get"));
        var responses = document.GetProperty("paths").GetProperty("/c/{number}").GetProperty("get").GetProperty("responses");
        foreach (var status in new[] { "200", "400", "404", "503" })
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("text/html", out _), status);
        Assert.True(responses.GetProperty("503").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.GetProperty("308").GetProperty("headers").TryGetProperty("Location", out _));
    }

    [Fact]
    public async Task The_verify_form_declares_its_redirect_and_its_two_pages()
    {
        await using var app = new VerifyApplication();
        Assert.Equal(["200", "302", "400", "429", "503", "default"], Statuses(await DocumentAsync(app), "/verify", "get"));
    }
}
