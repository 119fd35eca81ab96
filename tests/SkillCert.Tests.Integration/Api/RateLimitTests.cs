using System.Net;
using System.Net.Http.Json;

namespace SkillCert.Tests.Integration.Api;

public class RateLimitTests
{
    private static VerifyApplication Limited(int plain, int strict) => new(settings: new Dictionary<string, string?>
    {
        ["SkillCert:RateLimit:PermitsPerMinute"] = plain.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SkillCert:RateLimit:LookupPermitsPerMinute"] = strict.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task Queries_beyond_the_per_minute_budget_get_429_with_retry_after()
    {
        await using var app = Limited(plain: 3, strict: 1);
        var client = app.Client();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber)).StatusCode);
        var refused = await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.MediaType());
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Name_checks_have_the_stricter_budget()
    {
        await using var app = Limited(plain: 100, strict: 2);
        var client = app.Client();
        var named = "/api/v1/certificates/" + ExportFixture.ValidNumber + "?name=" + Uri.EscapeDataString("张三");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(named)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(named)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(named)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber)).StatusCode);
    }

    [Fact]
    public async Task Lookups_share_the_stricter_budget_with_name_checks()
    {
        await using var app = Limited(plain: 100, strict: 2);
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber + "?name=x")).StatusCode);
        var body = new { name = ExportFixture.ZhangName, idNumber = ExportFixture.ZhangId };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(new Uri("/api/v1/lookups", UriKind.Relative), body)).StatusCode);
        var refused = await client.PostAsJsonAsync(new Uri("/api/v1/lookups", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Health_and_the_site_are_not_rate_limited()
    {
        await using var app = Limited(plain: 1, strict: 1);
        var client = app.Client();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
    }

    [Fact]
    public async Task Enumerating_numbers_runs_into_the_limit_and_never_sees_a_full_name()
    {
        await using var app = Limited(plain: 20, strict: 1);
        var client = app.Client();
        var refused = 0;
        for (var serial = 1; serial <= 40; serial++)
        {
            var response = await client.GetAsync($"/api/v1/certificates/Y000014000001223{serial:000000}");
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused++;
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(ExportFixture.ZhangName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(ExportFixture.LiName, text, StringComparison.Ordinal);
        }
        Assert.Equal(20, refused);
    }
}
