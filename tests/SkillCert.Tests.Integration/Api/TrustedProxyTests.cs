using System.Net;
using SkillCert.Tests.Integration.Faults;

namespace SkillCert.Tests.Integration.Api;

public class TrustedProxyTests
{
    private static async Task<HttpStatusCode> FromAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/certificates/" + ExportFixture.ValidNumber, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    private static Dictionary<string, string?> Settings(string? proxies, int hops = 1) => new()
    {
        ["SkillCert:RateLimit:PermitsPerMinute"] = "1",
        ["SkillCert:TrustedProxies"] = proxies,
        ["SkillCert:TrustedProxyHops"] = hops.ToString(System.Globalization.CultureInfo.InvariantCulture),
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

    [Fact]
    public async Task A_proxy_inside_a_trusted_range_is_believed()
    {
        await using var app = new VerifyApplication(realKestrel: true, settings: Settings("10.0.0.0/8, 127.0.0.0/8"));
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.8"));
    }

    [Fact]
    public async Task Through_two_trusted_hops_the_client_is_the_address_before_both()
    {
        // A CDN in 198.51.100.0/24 in front of a proxy on 127.0.0.1: the proxy appends the CDN's address.
        await using var app = new VerifyApplication(realKestrel: true, settings: Settings("127.0.0.1, 198.51.100.0/24", hops: 2));
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.7, 198.51.100.9"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.8, 198.51.100.9"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync(client, "203.0.113.7, 198.51.100.10"));
    }

    [Fact]
    public async Task The_walk_back_stops_at_a_hop_that_is_not_trusted()
    {
        // 198.51.100.9 is not trusted, so it is the client, whatever it claims to have forwarded.
        await using var app = new VerifyApplication(realKestrel: true, settings: Settings("127.0.0.1", hops: 2));
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.7, 198.51.100.9"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync(client, "203.0.113.8, 198.51.100.9"));
    }

    [Theory]
    [InlineData("proxy.internal")]
    [InlineData("10.0.0.0/33")]
    public async Task An_entry_that_is_neither_an_address_nor_a_range_stops_the_start_with_its_key_named(string entry)
    {
        var (code, _, errors) = await ServiceProcess.RunToEndAsync("--SkillCert:TrustedProxies=127.0.0.1, " + entry);
        Assert.Equal(2, code);
        Assert.Contains($"SkillCert:TrustedProxies: 错误 SC8201: “{entry}”既不是 IP 地址，也不是 CIDR 网段", errors, StringComparison.Ordinal);
    }
}
