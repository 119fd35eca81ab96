using System.Net;

namespace SkillCert.Tests.Integration.Api;

public class SecurityHeadersTests
{
    [Theory]
    [InlineData("/api/v1/certificates/" + ExportFixture.ValidNumber)]
    [InlineData("/api/v1/certificates/" + ExportFixture.UnknownNumber)]
    [InlineData("/api/v1/certificates/nonsense")]
    [InlineData("/")]
    [InlineData("/no-such-page")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(path);
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Hsts_is_sent_over_tls()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        client.BaseAddress = new Uri("https://localhost/");
        Assert.True((await client.GetAsync("/healthz")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Hsts_is_not_sent_over_plain_http()
    {
        await using var app = new VerifyApplication();
        Assert.False((await app.Client().GetAsync("/healthz")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_server_does_not_name_itself()
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var response = await app.Client().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }
}
