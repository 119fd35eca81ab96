using System.Net;

namespace SkillCert.Tests.Integration.Api;

public class RobotsTests
{
    [Fact]
    public async Task The_service_asks_crawlers_to_keep_off_results_certificate_views_and_the_api()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.MediaType());
        Assert.StartsWith("User-agent: *\n", text, StringComparison.Ordinal);
        foreach (var path in new[] { "/c/", "/api/", "/verify" }) Assert.Contains($"\nDisallow: {path}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_services_robots_txt_wins_over_the_served_sites()
    {
        await using var app = new VerifyApplication();
        await File.WriteAllTextAsync(Path.Combine(app.SitePath, "robots.txt"), "User-agent: *\nAllow: /\n");
        var text = await app.Client().GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Contains("Disallow: /c/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Allow: /\n", text.Replace("Disallow:", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/c/" + ExportFixture.ValidNumber)]
    [InlineData("/c/" + ExportFixture.ValidNumber + "?name=%E5%BC%A0%E4%B8%89")]
    [InlineData("/c/" + ExportFixture.UnknownNumber)]
    [InlineData("/c/" + ExportFixture.ValidNumber + "/certificate")]
    [InlineData("/verify?number=X1")]
    public async Task Result_pages_tell_search_engines_not_to_index_them(string path)
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(path);
        Assert.Equal(["noindex"], response.Headers.GetValues("X-Robots-Tag"));
    }
}
