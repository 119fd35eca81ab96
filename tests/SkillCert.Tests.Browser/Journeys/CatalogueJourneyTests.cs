using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// Journey 5: someone looks for an institution, narrows the catalogue down with the filters (links to pages of their
/// own, behind one button), opens one, and follows its scope.
[Collection(BrowserCollection.Name)]
public class CatalogueJourneyTests(Chromium chromium, LiveSite site)
{
    private static ILocator Cards(IPage page) => page.Locator("#listing .entry");

    private static async Task FilterAsync(IPage page, string choice)
    {
        await page.ClickAsync("details.filters summary");
        await page.ClickAsync($"details.filters a:text-is('{choice}')");
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    [Theory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task Filter_open_an_institution_follow_its_scope_and_come_back(string viewport)
    {
        var page = await chromium.NewPageAsync(Viewport.Named(viewport));
        await page.GotoAsync(site.Url("/catalogue/").ToString());
        var all = await Cards(page).CountAsync();
        Assert.Equal(12, all);

        await FilterAsync(page, "有效");
        Assert.EndsWith("/catalogue/status/active/", page.Url, StringComparison.Ordinal);
        var active = await Cards(page).CountAsync();
        Assert.InRange(active, 1, all - 1);
        Assert.Equal(active, await page.Locator("#listing .entry .status-active").CountAsync());

        await FilterAsync(page, "忻府区");
        Assert.Contains("/catalogue/county/", page.Url, StringComparison.Ordinal);
        var counties = await page.Locator("#listing .entry dt:text-is('所在地') + dd").AllTextContentsAsync();
        Assert.InRange(counties.Count, 1, all - 1);
        Assert.All(counties, c => Assert.Equal("忻府区", c));

        await FilterAsync(page, "焊工");
        Assert.Contains("/occupations/6-18-02-04/", page.Url, StringComparison.Ordinal);
        var welders = await Cards(page).CountAsync();
        Assert.InRange(welders, 1, all - 1);
        Assert.All(await Cards(page).AllTextContentsAsync(), card => Assert.Contains("焊工", card, StringComparison.Ordinal));

        var first = page.Locator("#listing .entry h2 a").First;
        var name = (await first.TextContentAsync())!;
        await first.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(name, (await page.TextContentAsync("h1"))!.Trim());
        var institutionUrl = page.Url;

        await page.ClickAsync("#scope-title ~ .table-wrap a:text('焊工')");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Contains("/occupations/6-18-02-04/", page.Url, StringComparison.Ordinal);
        Assert.Contains(name, await page.TextContentAsync("main"), StringComparison.Ordinal);

        await page.GoBackAsync();
        Assert.Equal(institutionUrl, page.Url);
        await Artifacts.ScreenshotAsync(page, $"journey-5-catalogue-{viewport}");
    }
}
