using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// A found certificate shows the process it went through, and a reissue's two result pages lead to each other,
/// with JavaScript and without, on a phone and on a desktop.
[Collection(BrowserCollection.Name)]
public class ProcessJourneyTests(Chromium chromium, LiveSite site)
{
    [Theory]
    [MemberData(nameof(Viewport.NamesWithAndWithoutJavaScript), MemberType = typeof(Viewport))]
    public async Task A_result_page_shows_who_reviewed_the_certificate_and_where_it_was_publicised(string viewport, bool javaScript)
    {
        var number = DemoRecords.Valid(site);
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), javaScript);
        await page.GotoAsync(site.Url("/c/" + number).ToString());
        var (review, publicity) = DemoRecords.ProcessOf(site, number);
        var shown = page.Locator("[data-process='review']");
        Assert.True(await shown.IsVisibleAsync());
        Assert.Equal(review, (await shown.InnerTextAsync()).Trim());
        Assert.Equal(publicity, (await page.Locator("[data-process='publicity']").InnerTextAsync()).Trim());
        if (viewport == Viewport.Phone.Name && javaScript) await Artifacts.ScreenshotAsync(page, "result-process-phone");
    }

    [Theory]
    [MemberData(nameof(Viewport.NamesWithAndWithoutJavaScript), MemberType = typeof(Viewport))]
    public async Task A_corrected_certificate_is_revoked_and_leads_to_its_reissue_which_leads_back(string viewport, bool javaScript)
    {
        var (corrected, reissue) = DemoRecords.Reissue(site);
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), javaScript);
        await page.GotoAsync(site.Url("/c/" + corrected).ToString());
        Assert.Equal("revoked", await page.Locator("[data-verdict]").GetAttributeAsync("data-verdict"));
        Assert.Contains($"已更正，新证书 {reissue}", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("[data-reissue='replaced-by'] a").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/c/" + reissue, StringComparison.Ordinal));
        Assert.Equal("unconfirmed", await page.Locator("[data-verdict]").GetAttributeAsync("data-verdict"));
        var back = page.Locator("[data-reissue='replaces']");
        Assert.Contains(corrected, await back.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/c/" + corrected, await back.Locator("a").GetAttributeAsync("href"));
        if (viewport == Viewport.Phone.Name && javaScript) await Artifacts.ScreenshotAsync(page, "result-reissue-phone");
    }
}
