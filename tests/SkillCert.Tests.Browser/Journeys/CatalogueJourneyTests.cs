using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// Journey 5: someone looks for an institution, narrows the catalogue down, opens one, and follows its scope.
[Collection(BrowserCollection.Name)]
public class CatalogueJourneyTests(Chromium chromium, LiveSite site)
{
    private static Task<int> VisibleRowsAsync(IPage page) => page.Locator("#catalogue tbody tr:visible").CountAsync();

    [Theory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task Filter_open_an_institution_follow_its_scope_and_come_back(string viewport)
    {
        var page = await chromium.NewPageAsync(Viewport.Named(viewport));
        await page.GotoAsync(site.Url("/catalogue/").ToString());
        var all = await VisibleRowsAsync(page);
        Assert.Equal(12, all);

        await page.SelectOptionAsync("#filter-status", "active");
        var active = await VisibleRowsAsync(page);
        Assert.InRange(active, 1, all - 1);
        Assert.Equal(active, await page.Locator("#catalogue tbody tr:visible .status-active").CountAsync());

        await page.SelectOptionAsync("#filter-county", "忻府区");
        Assert.All(await page.Locator("#catalogue tbody tr:visible td:nth-child(3)").AllTextContentsAsync(), c => Assert.Equal("忻府区", c));
        Assert.Contains("status=active", page.Url, StringComparison.Ordinal);

        await page.SelectOptionAsync("#filter-status", "");
        await page.SelectOptionAsync("#filter-county", "");
        await page.SelectOptionAsync("#filter-occupation", "6-18-02-04");
        var welders = await VisibleRowsAsync(page);
        Assert.InRange(welders, 1, all - 1);
        Assert.All(await page.Locator("#catalogue tbody tr:visible").AllTextContentsAsync(), r => Assert.Contains("焊工", r, StringComparison.Ordinal));

        var first = page.Locator("#catalogue tbody tr:visible th a").First;
        var name = (await first.TextContentAsync())!;
        await first.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(name, (await page.TextContentAsync("h1"))!.Trim());
        var institutionUrl = page.Url;

        await page.ClickAsync("#scope-title ~ .table-wrap a:text('焊工'), #scope-title ~ table a:text('焊工')");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Contains("/occupations/6-18-02-04/", page.Url, StringComparison.Ordinal);
        Assert.Contains(name, await page.TextContentAsync("main"), StringComparison.Ordinal);

        await page.GoBackAsync();
        Assert.Equal(institutionUrl, page.Url);
        await Artifacts.ScreenshotAsync(page, $"journey-5-catalogue-{viewport}");
    }
}
