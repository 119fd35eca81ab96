using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// The demo's content is invented, and every page a visitor meets says so first: the site's pages, and the
/// service's result pages, which take the flag from the export's record of site.yml.
[Collection(BrowserCollection.Name)]
public class DemoBannerTests(Chromium chromium, LiveSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/catalogue/000001/")]
    [InlineData("result")]
    public async Task The_demo_says_it_is_sample_data_on_every_page(string path)
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url(path == "result" ? "/c/" + DemoRecords.Valid(site) : path).ToString());
        var banner = page.Locator("header .demo-banner");
        Assert.True(await banner.IsVisibleAsync(), $"{path} has no visible demo banner");
        Assert.StartsWith("示例数据，非真实备案信息", await banner.TextContentAsync(), StringComparison.Ordinal);
    }
}
