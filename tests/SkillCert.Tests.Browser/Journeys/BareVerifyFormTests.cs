using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// Someone opens /verify directly, or sends the form empty: they are asked for a number, gently, and can go on from there.
[Collection(BrowserCollection.Name)]
public class BareVerifyFormTests(Chromium chromium, LiveSite site)
{
    public static TheoryData<string> Viewports => new() { Viewport.Phone.Name, Viewport.Desktop.Name };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Opening_verify_directly_asks_for_a_number_and_then_answers_it(string viewport)
    {
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), injectTools: true);
        var response = await page.GotoAsync(site.Url("/verify").ToString());
        Assert.Equal(200, response!.Status);
        Assert.Contains("请输入证书编号", await page.TextContentAsync(".prompt"), StringComparison.Ordinal);
        Assert.DoesNotContain("证书编号格式不正确", await page.TextContentAsync("main"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[aria-invalid=true]").CountAsync());
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));

        await VerifyForm.SubmitAsync(page, "");
        Assert.Contains("请输入证书编号", await page.TextContentAsync(".prompt"), StringComparison.Ordinal);

        await VerifyForm.SubmitAsync(page, DemoRecords.Valid(site));
        Assert.Equal("unconfirmed", await VerifyForm.VerdictAsync(page));
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task An_over_long_name_is_named_beside_its_input(string viewport)
    {
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), injectTools: true);
        var response = await page.GotoAsync(site.Url("/c/" + DemoRecords.Valid(site) + "?name=" + new string('a', 7000)).ToString());
        Assert.Equal(400, response!.Status);
        Assert.Equal("true", await page.GetAttributeAsync("#verify-name", "aria-invalid"));
        Assert.Contains("姓名不超过", await page.TextContentAsync("#verify-name-error"), StringComparison.Ordinal);
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
