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
        var client = app.Client();
        // Asked on the catalogue's own host, where the site should be.
        client.DefaultRequestHeaders.Host = new Uri(ExportFixture.Site.BaseUrl).Authority;
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>目录站点尚未生成</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<form action=\"/verify\" method=\"get\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/catalogue/000001/")]
    [InlineData("/catalogue/?q=%E7%84%8A%E5%B7%A5")]
    public async Task Without_a_site_a_page_of_the_catalogue_leads_to_it_at_base_url(string path)
    {
        await using var app = new VerifyApplication(settings: new Dictionary<string, string?> { ["SkillCert:Site"] = null });
        var client = app.Client();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new Uri(new Uri(ExportFixture.Site.BaseUrl), path.TrimStart('/')), response.Headers.Location);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Without_a_site_an_image_the_service_s_pages_ask_for_is_not_sent_to_another_host()
    {
        await using var app = new VerifyApplication(settings: new Dictionary<string, string?> { ["SkillCert:Site"] = null });
        var client = app.Client();
        client.DefaultRequestHeaders.Accept.ParseAdd("image/avif,image/webp,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/favicon.ico")).StatusCode);
    }

    [Fact]
    public async Task Without_a_site_or_an_export_the_home_page_says_the_site_is_not_built()
    {
        await using var app = new VerifyApplication(withExport: false, settings: new Dictionary<string, string?> { ["SkillCert:Site"] = null });
        var response = await app.Client().GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>目录站点尚未生成</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
