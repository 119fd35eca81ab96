using System.Net;

namespace SkillCert.Tests.Integration.Api;

public class SiteTests
{
    [Fact]
    public async Task The_site_is_served_at_the_root()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        Assert.Contains("<h1>评价机构目录</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_gets_the_site_404_page()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync("/institutions/999999.html");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_address_gets_a_problem_json_404()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("no-such-folder")]
    public async Task Without_a_site_the_home_page_says_in_chinese_that_the_site_is_not_built(string? site)
    {
        await using var app = new VerifyApplication(settings: new Dictionary<string, string?> { ["SkillCert:Site"] = site });
        var response = await app.Client().GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>目录站点尚未生成</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<form action=\"/verify\" method=\"get\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_site_an_unknown_api_address_still_gets_a_problem_json_404()
    {
        await using var app = new VerifyApplication(settings: new Dictionary<string, string?> { ["SkillCert:Site"] = null });
        var response = await app.Client().GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
    }

    [Fact]
    public async Task The_verify_form_redirects_to_the_result_page_with_the_cleaned_number()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync("/verify?number=" + Uri.EscapeDataString("y0000 14 000001 22 3 000001") + "&name=" + Uri.EscapeDataString("张三明"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/c/" + ExportFixture.ValidNumber + "?name=" + Uri.EscapeDataString("张三明"), response.Headers.Location!.OriginalString);
    }

}
