using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// Journey 2: a member of the public types a certificate number on the home page, with JavaScript on and off.
[Collection(BrowserCollection.Name)]
public class VerifyByNumberJourneyTests(Chromium chromium, LiveSite site)
{
    public static TheoryData<string, bool> Runs => new()
    {
        { Viewport.Phone.Name, true }, { Viewport.Phone.Name, false }, { Viewport.Desktop.Name, true }, { Viewport.Desktop.Name, false },
    };

    private async Task<IPage> HomeAsync(string viewport, bool javaScript)
    {
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), javaScript);
        await page.GotoAsync(site.Url("/").ToString());
        return page;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Every_answer_reaches_the_person_who_typed_the_number(string viewport, bool javaScript)
    {
        var page = await HomeAsync(viewport, javaScript);

        await VerifyForm.SubmitAsync(page, DemoRecords.Valid(site));
        Assert.Equal("unconfirmed", await VerifyForm.VerdictAsync(page));
        var holder = DemoRecords.HolderOf(site, DemoRecords.Valid(site));
        Assert.DoesNotContain(holder, await page.TextContentAsync("main"), StringComparison.Ordinal);

        await VerifyForm.SubmitAsync(page, DemoRecords.Revoked(site));
        Assert.Equal("revoked", await VerifyForm.VerdictAsync(page));

        await VerifyForm.SubmitAsync(page, DemoRecords.Unknown(site));
        Assert.Equal("not-found", await VerifyForm.VerdictAsync(page));

        await VerifyForm.SubmitAsync(page, "X000099000001193000001");
        Assert.Equal("malformed", await VerifyForm.VerdictAsync(page));
        var errors = await page.Locator("#verify-number-errors li").AllTextContentsAsync();
        Assert.Contains(errors, e => e.Contains("第 1 位", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("第 6–7 位", StringComparison.Ordinal));
        Assert.Equal("true", await page.GetAttributeAsync("#verify-number", "aria-invalid"));

        await VerifyForm.SubmitAsync(page, DemoRecords.Valid(site), holder);
        Assert.Equal("genuine", await VerifyForm.VerdictAsync(page));
        Assert.Contains("一致", await page.TextContentAsync("[data-check='holder']"), StringComparison.Ordinal);

        await Artifacts.ScreenshotAsync(page, $"journey-2-verify-{viewport}-{(javaScript ? "js" : "nojs")}");
    }
}
