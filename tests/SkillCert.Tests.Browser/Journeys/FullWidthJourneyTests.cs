using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// Journey 3: a number typed with a Chinese input method, in full-width characters and with spaces, still verifies.
[Collection(BrowserCollection.Name)]
public class FullWidthJourneyTests(Chromium chromium, LiveSite site)
{
    private static string FullWidth(string text) =>
        string.Concat(text.Select((c, i) => (char)(c + 0xFEE0) + (i is 4 or 6 or 12 ? "　" : "")));

    [Theory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task A_full_width_number_with_spaces_verifies(string viewport)
    {
        var page = await chromium.NewPageAsync(Viewport.Named(viewport));
        await page.GotoAsync(site.Url("/").ToString());

        var valid = DemoRecords.Valid(site);
        await VerifyForm.SubmitAsync(page, FullWidth(valid));

        Assert.Equal("unconfirmed", await VerifyForm.VerdictAsync(page));
        Assert.EndsWith("/c/" + valid, page.Url, StringComparison.Ordinal);
        await Artifacts.ScreenshotAsync(page, $"journey-3-full-width-{viewport}");
    }
}
