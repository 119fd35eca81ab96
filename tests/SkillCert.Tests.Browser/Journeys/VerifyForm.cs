using Microsoft.Playwright;

namespace SkillCert.Tests.Browser.Journeys;

/// The verify form as a person uses it: type the number (and maybe the name), press 查询, land on the answer.
internal static class VerifyForm
{
    public static async Task SubmitAsync(IPage page, string number, string? name = null)
    {
        await page.FillAsync("#verify-number", number);
        if (name is not null) await page.FillAsync("#verify-name", name);
        // The click waits for the navigation it starts to commit; the answer is then a complete, script-free page.
        await page.ClickAsync("form:has(#verify-number) button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// The verdict the page shows first, as its headline's data-verdict names it.
    public static async Task<string> VerdictAsync(IPage page) => (await page.GetAttributeAsync("[data-verdict]", "data-verdict"))!;
}
