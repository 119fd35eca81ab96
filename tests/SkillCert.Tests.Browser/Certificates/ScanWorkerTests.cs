using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Certificates;

/// /scan/'s service worker asks the network first, and answers with the kept copy when the network fails or, on a network
/// that stalls instead of failing, when it has not answered in a few seconds: the clerk is not left before a blank page.
[Collection(BrowserCollection.Name)]
public sealed class ScanWorkerTests(Chromium chromium, LiveSite site)
{
    [Fact]
    public async Task On_a_network_that_stalls_the_kept_page_opens_from_the_device()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        var scan = site.Url("/scan/").ToString();
        await page.GotoAsync(scan);
        await page.Locator("#scan-offline[data-state=kept]").WaitForAsync();

        // From now on the page's address is asked for and never answered, the worker's requests included.
        await page.Context.RouteAsync(scan, _ => Task.CompletedTask);
        var again = await page.GotoAsync(scan, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.True(again!.FromServiceWorker, "the page did not come from the kept copy");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("扫码核验");
        await page.Context.CloseAsync();
    }
}
