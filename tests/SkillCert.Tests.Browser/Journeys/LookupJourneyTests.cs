using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// A holder who lost their certificate number finds it on the site's 找回证书 form by name and ID number, with
/// JavaScript and without, on a phone and on a desktop; the ID number is in no address the browser ever opens.
[Collection(BrowserCollection.Name)]
public class LookupJourneyTests(Chromium chromium, LiveSite site)
{
    /// Opens the form from the home page, as a holder would, and sends it; every address the page requests is kept.
    private static async Task<List<string>> LookUpAsync(IPage page, Uri home, string name, string idNumber)
    {
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url + " " + request.Headers.GetValueOrDefault("referer"));
        await page.GotoAsync(home.ToString());
        await page.ClickAsync("a[href='/find/']");
        await page.WaitForURLAsync("**/find/");
        await page.FillAsync("#lookup-name", name);
        await page.FillAsync("#lookup-id", idNumber);
        await page.ClickAsync("form[action='/lookup'] button[type=submit]");
        await page.WaitForURLAsync("**/lookup");
        return requested;
    }

    private static void NoIdNumberIn(IEnumerable<string> texts, string idNumber)
    {
        foreach (var text in texts)
        {
            Assert.DoesNotContain(idNumber[..6], text, StringComparison.Ordinal);
            Assert.DoesNotContain(idNumber[^4..], text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Viewport.NamesWithAndWithoutJavaScript), MemberType = typeof(Viewport))]
    public async Task A_holder_finds_their_certificates_by_name_and_id_number_and_opens_one(string viewport, bool javaScript)
    {
        var (name, idNumber, number) = DemoRecords.Holder(site);
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), javaScript);
        var requested = await LookUpAsync(page, site.Url("/"), name, idNumber);

        Assert.Matches("查询到 \\d+ 本证书", await page.Locator(".lookup-message").InnerTextAsync());
        var link = page.Locator($".found-certificates a:has-text('{number}')");
        Assert.Equal(1, await link.CountAsync());
        Assert.Empty(await page.Locator("#lookup-id").InputValueAsync());
        if (viewport == Viewport.Phone.Name && javaScript) await Artifacts.ScreenshotAsync(page, "phone-lookup-found");

        await link.ClickAsync();
        await page.WaitForURLAsync($"**/c/{number}**");
        Assert.Equal("genuine", await page.Locator("[data-verdict]").GetAttributeAsync("data-verdict"));
        Assert.Contains(name, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        NoIdNumberIn(requested.Append(page.Url), idNumber);
    }

    [Theory]
    [MemberData(nameof(Viewport.NamesWithAndWithoutJavaScript), MemberType = typeof(Viewport))]
    public async Task A_name_with_another_persons_id_number_finds_nothing_and_says_so_plainly(string viewport, bool javaScript)
    {
        var (name, idNumber, _) = DemoRecords.Holder(site);
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), javaScript);
        await LookUpAsync(page, site.Url("/"), name, DemoRecords.OtherIdNumber(idNumber));
        Assert.Equal("未查询到与该姓名和证件号码相符的证书。", (await page.Locator(".lookup-message").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator(".found-certificates").CountAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Lookups_past_the_limit_are_refused_in_Chinese_and_no_id_number_reaches_the_log(bool javaScript)
    {
        await using var strict = new StrictLookupSite(site);
        var (name, idNumber, _) = DemoRecords.Holder(site);
        var page = await chromium.NewPageAsync(Viewport.Phone, javaScript);
        var requested = new List<string>();
        for (var n = 0; n <= StrictLookupSite.LookupsPerMinute; n++) requested.AddRange(await LookUpAsync(page, strict.Url("/"), name, idNumber));

        Assert.Contains("查询过于频繁", await page.Locator(".lookup-notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".found-certificates").CountAsync());
        var log = strict.Log.Text;
        Assert.Contains("POST", log, StringComparison.Ordinal);
        Assert.Contains("/lookup", log, StringComparison.Ordinal);
        NoIdNumberIn([.. requested, page.Url, log], idNumber);
    }
}
