using System.Globalization;
using System.Net;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// The rate limiter's partitions are bounded: past SkillCert:RateLimit:ClientPartitions, new clients share the bucket of
/// their IPv4 /16 (or IPv6 /32), and past CoarsePartitions, one bucket. Clients are chosen through a trusted proxy.
/// </summary>
public class PartitionTests
{
    private static VerifyApplication Limited(int own, int coarse, int plain = 1, int strict = 1) => new(realKestrel: true, settings: new Dictionary<string, string?>
    {
        ["SkillCert:TrustedProxies"] = "127.0.0.1",
        ["SkillCert:RateLimit:PermitsPerMinute"] = plain.ToString(CultureInfo.InvariantCulture),
        ["SkillCert:RateLimit:LookupPermitsPerMinute"] = strict.ToString(CultureInfo.InvariantCulture),
        ["SkillCert:RateLimit:ClientPartitions"] = own.ToString(CultureInfo.InvariantCulture),
        ["SkillCert:RateLimit:CoarsePartitions"] = coarse.ToString(CultureInfo.InvariantCulture),
    });

    private static async Task<HttpStatusCode> FromAsync(HttpClient client, string address, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/certificates/" + ExportFixture.ValidNumber + query, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", address);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task Past_the_cap_a_new_client_shares_the_bucket_of_its_16()
    {
        await using var app = Limited(own: 1, coarse: 10);
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync(client, "198.51.7.7"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "192.0.2.1"));
    }

    [Fact]
    public async Task Past_the_coarse_cap_every_new_client_shares_one_bucket()
    {
        await using var app = Limited(own: 1, coarse: 1);
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "192.0.2.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync(client, "10.9.8.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync(client, "2001:db8::1"));
    }

    [Fact]
    public async Task A_client_with_its_own_bucket_keeps_it_while_new_clients_flood_in()
    {
        await using var app = Limited(own: 1, coarse: 1, plain: 2);
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.7"));
        for (var i = 0; i < 50; i++) await FromAsync(client, $"10.{i}.0.1");
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync(client, "203.0.113.7"));
    }

    [Fact]
    public async Task An_IPv6_48_shares_one_strict_budget_but_each_of_its_64s_has_its_own_plain_one()
    {
        await using var app = Limited(own: 100, coarse: 100);
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "2001:db8:1:1::1"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "2001:db8:1:2::1"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "2001:db8:1:1::1", "?name=x"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync(client, "2001:db8:1:2::1", "?name=x"));
        Assert.Equal(HttpStatusCode.OK, await FromAsync(client, "2001:db8:2:1::1", "?name=x"));
    }
}
