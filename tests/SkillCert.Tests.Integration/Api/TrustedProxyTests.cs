using System.Net;

namespace SkillCert.Tests.Integration.Api;

public class TrustedProxyTests
{
    private static async Task<HttpStatusCode> FromAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/certificates/" + ExportFixture.ValidNumber, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    private static Dictionary<string, string?> Settings(string? proxies) => new()
    {
        ["SkillCert:RateLimit:PermitsPerMinute"] = "1",
        ["SkillCert:TrustedProxies"] = proxies,
    };

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_budget()
    {
        await using var app = new VerifyApplication(realKestrel: true, settings: Settings("127.0.0.1"));
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.8"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync(client, "203.0.113.7"));
    }

    [Fact]
    public async Task Without_trusted_proxies_a_forwarded_address_cannot_buy_a_new_budget()
    {
        await using var app = new VerifyApplication(realKestrel: true, settings: Settings(null));
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync(client, "203.0.113.8"));
    }
}
