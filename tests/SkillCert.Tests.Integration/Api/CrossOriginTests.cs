using System.Net;

namespace SkillCert.Tests.Integration.Api;

/// <summary>HR systems read the JSON API from their own pages: GET and HEAD from any origin, without credentials; lookups stay same-origin.</summary>
public class CrossOriginTests
{
    private const string Origin = "https://hr.example.org";

    private static HttpRequestMessage Request(HttpMethod method, string address, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, new Uri(address, UriKind.Relative));
        request.Headers.Add("Origin", Origin);
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return request;
    }

    [Theory]
    [InlineData("/api/v1/certificates/" + ExportFixture.ValidNumber)]
    [InlineData("/api/v1/certificates/" + ExportFixture.UnknownNumber)]
    [InlineData("/api/v1/certificates/X0000")]
    [InlineData("/api/v1/numbers/" + ExportFixture.ValidNumber)]
    public async Task Any_origin_may_read_a_get_answer_of_the_api(string address)
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().SendAsync(Request(HttpMethod.Get, address));
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_preflight_allows_get_and_head_only()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().SendAsync(Request(HttpMethod.Options, "/api/v1/certificates/" + ExportFixture.ValidNumber,
            ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "if-none-match")));
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var methods = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")).Split(',', StringSplitOptions.TrimEntries);
        Assert.Equal(["GET", "HEAD"], methods.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task The_etag_is_readable_across_origins()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().SendAsync(Request(HttpMethod.Get, "/api/v1/certificates/" + ExportFixture.ValidNumber));
        Assert.Contains("ETag", string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_lookup_from_another_origin_is_not_allowed()
    {
        await using var app = new VerifyApplication();
        var preflight = await app.Client().SendAsync(Request(HttpMethod.Options, "/api/v1/lookups",
            ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "content-type")));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_pages_are_not_opened_to_other_origins()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().SendAsync(Request(HttpMethod.Get, "/c/" + ExportFixture.ValidNumber));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
