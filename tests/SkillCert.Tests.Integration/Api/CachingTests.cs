using System.Net;

namespace SkillCert.Tests.Integration.Api;

public class CachingTests
{
    private const string Path = "/api/v1/certificates/" + ExportFixture.ValidNumber;

    [Fact]
    public async Task A_result_carries_an_etag_and_public_cache_control()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(Path);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(300), response.Headers.CacheControl.MaxAge);
    }

    [Fact]
    public async Task The_same_etag_in_if_none_match_gets_304_without_a_body()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        var etag = (await client.GetAsync(Path)).Headers.ETag!.ToString();
        var again = await client.GetAsync(Path, ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Another_etag_gets_the_full_answer()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(Path, ifNoneMatch: "\"something-else\"");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_name_checked_answer_is_private_and_never_revalidated_for_another_query()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        var matched = await client.GetAsync(Path + "?name=" + Uri.EscapeDataString(ExportFixture.ZhangName));
        Assert.True(matched.Headers.CacheControl!.Private);
        Assert.False(matched.Headers.CacheControl.Public);
        var etag = matched.Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Path, ifNoneMatch: etag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Path + "?name=" + Uri.EscapeDataString("张三"), ifNoneMatch: etag)).StatusCode);
    }

    [Fact]
    public async Task Different_numbers_have_different_etags()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        var one = (await client.GetAsync(Path)).Headers.ETag;
        var two = (await client.GetAsync("/api/v1/certificates/" + ExportFixture.RevokedNumber)).Headers.ETag;
        Assert.NotEqual(one, two);
    }

    [Fact]
    public async Task Errors_carry_no_etag()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync("/api/v1/certificates/" + ExportFixture.UnknownNumber);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task The_result_page_and_the_json_answer_never_share_an_etag()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        var json = (await client.GetAsync(Path)).Headers.ETag!;
        var html = (await client.GetAsync("/c/" + ExportFixture.ValidNumber)).Headers.ETag!;
        Assert.NotEqual(json.Tag, html.Tag);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/c/" + ExportFixture.ValidNumber, ifNoneMatch: json.ToString())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Path, ifNoneMatch: html.ToString())).StatusCode);
    }

    [Fact]
    public async Task The_result_page_revalidates_with_its_own_etag()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        var page = "/c/" + ExportFixture.ValidNumber;
        var etag = (await client.GetAsync(page)).Headers.ETag!.ToString();
        var again = await client.GetAsync(page, ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.NotNull(again.Headers.CacheControl);
    }

    /// <summary>Answers a cache may keep (200, 301, 304, 308, 404, 405, 414: RFC 9110 15.1) and all others: each says for how long, or not at all.</summary>
    [Theory]
    [InlineData("/api/v1/certificates/" + ExportFixture.ValidNumber)]
    [InlineData("/api/v1/certificates/" + ExportFixture.UnknownNumber)]
    [InlineData("/api/v1/certificates/X0000")]
    [InlineData("/api/v1/certificates/y000014000001223000001?name=x")]
    [InlineData("/api/v1/numbers/" + ExportFixture.ValidNumber)]
    [InlineData("/c/" + ExportFixture.ValidNumber)]
    [InlineData("/c/" + ExportFixture.UnknownNumber)]
    [InlineData("/c/" + ExportFixture.ValidNumber + "/certificate")]
    [InlineData("/verify")]
    [InlineData("/verify?number=" + ExportFixture.ValidNumber)]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/robots.txt")]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/no-such-page")]
    [InlineData("/api/v1/no-such-thing")]
    public async Task Every_answer_says_how_it_may_be_cached(string address)
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(address);
        Assert.NotNull(response.Headers.CacheControl);
        Assert.NotEqual("", response.Headers.CacheControl!.ToString());
        var cacheable = (int)response.StatusCode is 200 or 301 or 304 or 308 or 404 or 405 or 414;
        if (cacheable && !response.Headers.CacheControl.NoStore && !response.Headers.CacheControl.NoCache)
            Assert.NotNull(response.Headers.CacheControl.MaxAge);
    }

    [Fact]
    public async Task Errors_are_never_stored()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        foreach (var address in new[] { "/api/v1/certificates/X0000", "/api/v1/certificates/" + ExportFixture.UnknownNumber, "/no-such-page", "/api/v1/nothing" })
            Assert.True((await client.GetAsync(address)).Headers.CacheControl!.NoStore, address);
    }
}
