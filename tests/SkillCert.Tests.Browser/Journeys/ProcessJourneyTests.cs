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

    [Fact]
    public async Task A_date_of_the_review_or_the_publicity_never_breaks_over_two_lines_on_a_phone()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url("/c/" + DemoRecords.Valid(site)).ToString());
        // Each yyyy-MM-dd in the two lines, as a range of text: its boxes all sit on one line.
        var broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[data-process]')].flatMap(dd => {
              const found = [], walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
              const text = [];
              for (let n = walker.nextNode(); n; n = walker.nextNode()) text.push(n);
              const whole = text.map(n => n.data).join('');
              for (const m of whole.matchAll(/\d{4}-\d{2}-\d{2}/g)) {
                const r = document.createRange();
                let at = 0;
                for (const n of text) {
                  const end = at + n.data.length;
                  if (m.index >= at && m.index < end) r.setStart(n, m.index - at);
                  if (m.index + 10 > at && m.index + 10 <= end) r.setEnd(n, m.index + 10 - at);
                  at = end;
                }
                if (new Set([...r.getClientRects()].map(b => Math.round(b.top))).size !== 1) found.push(m[0]);
              }
              return found;
            })
            """);
        Assert.Empty(broken);
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
