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
}
