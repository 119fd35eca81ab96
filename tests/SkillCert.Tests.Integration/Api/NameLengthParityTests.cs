using System.Net;
using AngleSharp.Html.Parser;
using SkillCert.VerifyApi.Certificates;

namespace SkillCert.Tests.Integration.Api;

/// <summary>An over-long name gets the same answer from the result page as from the JSON API: refused, in the same words.</summary>
public class NameLengthParityTests
{
    private static readonly string SevenThousand = new('a', 7000);

    [Fact]
    public async Task A_seven_thousand_character_name_is_refused_alike_by_the_page_and_the_api()
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var client = app.Client();
        var api = await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber + "?name=" + SevenThousand);
        var page = await client.GetAsync("/c/" + ExportFixture.ValidNumber + "?name=" + SevenThousand);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(api.StatusCode, page.StatusCode);
        var errors = (await api.JsonAsync()).GetProperty("errors").GetProperty("name").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Contains(NameLimit.MessageZh, errors);
        using var html = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        Assert.Equal(NameLimit.MessageZh, html.QuerySelector("#verify-name-error")?.TextContent);
        Assert.Equal("true", html.QuerySelector("#verify-name")!.GetAttribute("aria-invalid"));
        Assert.Null(html.QuerySelector("[data-verdict]"));
    }

    [Theory]
    [InlineData("/c/" + ExportFixture.ValidNumber + "/certificate?name=")]
    [InlineData("/verify?number=" + ExportFixture.ValidNumber + "&name=")]
    public async Task Every_page_that_takes_a_name_refuses_an_over_long_one(string address)
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(address + SevenThousand);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(NameLimit.MessageZh, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_of_the_longest_allowed_length_is_still_checked()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        var longest = new string('a', SkillCert.Core.Verification.HolderName.MaxLength);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber + "?name=" + longest)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/c/" + ExportFixture.ValidNumber + "?name=" + longest)).StatusCode);
    }

    /// <summary>A name that makes the address itself too long: both get the same 414, as problem+json, from the service.</summary>
    [Fact]
    public async Task A_seven_thousand_character_chinese_name_is_too_long_an_address_for_both()
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var client = app.Client();
        var name = Uri.EscapeDataString(new string('张', 7000));
        var api = await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber + "?name=" + name);
        var page = await client.GetAsync("/c/" + ExportFixture.ValidNumber + "?name=" + name);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, api.StatusCode);
        Assert.Equal(api.StatusCode, page.StatusCode);
        Assert.Equal("application/problem+json", api.MediaType());
        Assert.Equal("application/problem+json", page.MediaType());
        Assert.Equal((await api.JsonAsync()).GetProperty("detailZh").GetString(), (await page.JsonAsync()).GetProperty("detailZh").GetString());
    }
}
