using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Accessibility;

/// The verify form works with the keyboard alone, and the focused control is always visibly marked.
[Collection(BrowserCollection.Name)]
public class KeyboardTests(Chromium chromium, LiveSite site)
{
    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");

    /// True when the focused element draws an outline or a focus shadow, as :focus-visible styles do.
    private static Task<bool> FocusIsVisibleAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => { const s = getComputedStyle(document.activeElement);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none'); }
        """);

    [Fact]
    public async Task The_verify_form_is_usable_by_keyboard_alone_with_visible_focus()
    {
        var page = await chromium.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync(site.Url("/").ToString());

        // Tab through the page until the number field has focus, checking the focus ring on every stop.
        for (var i = 0; i < 30 && await FocusedIdAsync(page) != "verify-number"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await FocusIsVisibleAsync(page), $"no visible focus on stop {i + 1}");
        }
        Assert.Equal("verify-number", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync(DemoRecords.Valid(site));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("verify-name", await FocusedIdAsync(page));
        Assert.True(await FocusIsVisibleAsync(page));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await FocusIsVisibleAsync(page), "the 查询 button shows its focus");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/c/**");

        Assert.Equal("unconfirmed", await Journeys.VerifyForm.VerdictAsync(page));
        await Artifacts.ScreenshotAsync(page, "keyboard-verify-desktop");
    }
}
