using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// The site on a static host and the service at verify_url, on two origins: the number form and the scan page's pasted
/// link, used on the site, get their verdict from the service, with nothing blocked by either page's policy.
[Collection(BrowserCollection.Name)]
public class SeparateHostsJourneyTests(Chromium chromium, LiveSite site)
{
    [Fact]
    public async Task The_number_form_on_a_static_host_lands_on_the_service_s_result_page()
    {
        await using var hosts = await SeparateHosts.StartAsync(site);
        var sample = site.Demo.Samples.First(s => s is { Verdict: "genuine" } && s.Path.Contains("?name=", StringComparison.Ordinal));
        var (page, blocked) = await OpenAsync(hosts.SiteUrl("/"), Viewport.Phone);
        await VerifyForm.SubmitAsync(page, sample.Number, DemoRecords.HolderOf(site, sample.Number));
        Assert.Equal(hosts.Url("/c/" + sample.Number).GetLeftPart(UriPartial.Path), new Uri(page.Url).GetLeftPart(UriPartial.Path));
        Assert.Equal("genuine", await VerifyForm.VerdictAsync(page));
        // The service serves no site: its navigation leads to the catalogue at the export's base_url (a placeholder host
        // in the demo, so the browser is answered for it here).
        var catalogue = new Uri(new Uri(DemoRecords.Site(site).BaseUrl), "catalogue/").ToString();
        await page.RouteAsync(catalogue, route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<title>catalogue</title>" }));
        await page.ClickAsync("nav a:text-is('机构目录')");
        await page.WaitForURLAsync(catalogue);
        Assert.Empty(blocked);
    }

    [Fact]
    public async Task The_scan_page_on_a_static_host_asks_the_service_at_verify_url_for_the_record()
    {
        await using var hosts = await SeparateHosts.StartAsync(site);
        var qr = site.Demo.Samples.First(s => s is { Verdict: "genuine" } && s.Path.StartsWith("/C/", StringComparison.Ordinal));
        var (page, blocked) = await OpenAsync(hosts.SiteUrl("/scan/"), Viewport.Desktop);
        var asked = new List<string>();
        page.Request += (_, request) => asked.Add(request.Url);
        await page.FillAsync("#scan-link", hosts.Url(qr.Path).ToString());
        await page.ClickAsync("#scan-form button[type=submit]");
        await page.WaitForSelectorAsync("#scan-online");
        Assert.Equal("genuine", await page.GetAttributeAsync("#scan-online", "data-verdict"));
        Assert.Contains(asked, u => u.StartsWith(hosts.Url("/api/v1/certificates/" + qr.Number).ToString(), StringComparison.Ordinal));
        Assert.Contains(asked, u => u == hosts.SiteUrl("/keys.json").ToString());
        Assert.Empty(blocked);
    }

    [Fact]
    public async Task The_lookup_form_on_a_static_host_posts_to_the_service_and_lists_the_holder_s_certificates()
    {
        await using var hosts = await SeparateHosts.StartAsync(site);
        var (name, idNumber, number) = DemoRecords.Holder(site);
        var (page, blocked) = await OpenAsync(hosts.SiteUrl("/find/"), Viewport.Phone);
        await page.FillAsync("#lookup-name", name);
        await page.FillAsync("#lookup-id", idNumber);
        await page.ClickAsync("#lookup-name >> xpath=ancestor::form//button[@type='submit']");
        await page.WaitForURLAsync(hosts.Url("/lookup").ToString());
        Assert.Equal(1, await page.Locator($".found-certificates a:has-text('{number}')").CountAsync());
        Assert.Empty(blocked);
    }

    /// A page of the site, with every message the browser logs about a Content-Security-Policy or a cross-origin
    /// request it refused, from the start.
    private async Task<(IPage Page, List<string> Blocked)> OpenAsync(Uri url, Viewport viewport)
    {
        var page = await chromium.NewPageAsync(viewport);
        var blocked = PolicyRefusals.Of(page);
        await page.GotoAsync(url.ToString());
        return (page, blocked);
    }
}
