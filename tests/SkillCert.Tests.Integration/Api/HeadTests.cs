using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// HEAD answers wherever GET does, with GET's status and headers and no body, over a real socket: uptime monitors and link
/// checkers ask with HEAD. Every GET route must be in <see cref="Addresses"/>, or <see cref="Every_get_route_is_tried"/> fails.
/// </summary>
public class HeadTests
{
    private static readonly QrClaims ZhangClaims = new(ExportFixture.ValidNumber, ExportFixture.ZhangName, 3, new DateOnly(2022, 5, 10));

    /// <summary>An address for each GET route pattern, and the site's pages.</summary>
    private static Dictionary<string, string> Addresses() => new(StringComparer.Ordinal)
    {
        ["/healthz"] = "/healthz",
        ["/readyz"] = "/readyz",
        ["/verify"] = "/verify",
        ["/c/{number}"] = "/c/" + ExportFixture.ValidNumber,
        ["/c/{number}/certificate"] = "/c/" + ExportFixture.ValidNumber + "/certificate",
        ["/c/{number}/{version}/{level}/{date}/{key}/{holder}/{signature}"] =
            new Uri(QrLink.Build(new Uri(ExportFixture.Site.VerifyUrl), ExportFixture.Signer.Sign(ZhangClaims))).PathAndQuery,
        ["/c/{number}/{level}/{date}/{key}/{holder}/{signature}"] = "/c/" + ExportFixture.ValidNumber + "/3/20220510/K/%E5%BC%A0/AAAA",
        ["/api/v1/certificates/{number}"] = "/api/v1/certificates/" + ExportFixture.ValidNumber,
        ["/api/v1/numbers/{number}"] = "/api/v1/numbers/" + ExportFixture.ValidNumber,
        ["/lookup"] = "/lookup",
        ["/robots.txt"] = "/robots.txt",
        ["/openapi/{documentName}.json"] = "/openapi/v1.json",
        ["(site) /"] = "/",
        ["(site) 404"] = "/no-such-page",
    };

    [Fact]
    public async Task Head_answers_every_get_route_with_gets_status_and_headers_and_no_body()
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var client = app.Client();
        foreach (var (route, address) in Addresses())
        {
            using var get = await client.GetAsync(address);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(address, UriKind.Relative)));
            Assert.True(get.StatusCode == head.StatusCode, $"{route}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode}");
            Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
            Assert.Equal(get.Headers.CacheControl?.ToString(), head.Headers.CacheControl?.ToString());
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Every_get_route_is_tried()
    {
        await using var app = new VerifyApplication();
        var gets = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => e.RoutePattern.RawText!).ToList();
        Assert.NotEmpty(gets);
        var missing = gets.Where(r => !Addresses().ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "no address to try for: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/verify")]
    [InlineData("/c/" + ExportFixture.ValidNumber)]
    public async Task An_uptime_monitor_asking_with_head_sees_the_service_up(string address)
    {
        await using var app = new VerifyApplication();
        using var head = await app.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(address, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }
}
