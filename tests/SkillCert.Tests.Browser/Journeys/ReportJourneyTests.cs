using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// A person who doubts a certificate, or an institution's record, follows "反映问题" to the centre's contacts and a mail
/// already filled in; the mail link is read back by the browser's own URL parser.
[Collection(BrowserCollection.Name)]
public class ReportJourneyTests(Chromium chromium, LiveSite site)
{
    private sealed record MailLink(string To, string Subject, string Body);

    private static async Task<MailLink> MailOfAsync(IPage page)
    {
        var parts = await page.Locator("#report a.report-mail").EvaluateAsync<string[]>(
            "a => { const u = new URL(a.href); return [decodeURIComponent(u.pathname), u.searchParams.get('subject'), u.searchParams.get('body')]; }");
        return new MailLink(parts[0], parts[1], parts[2]);
    }

    private async Task<IPage> FollowReportAsync(string path)
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url(path).ToString());
        await page.ClickAsync("a[href='#report']:text-is('反映问题')");
        await page.WaitForURLAsync("**#report");
        await Assertions.Expect(page.Locator("#report h2")).ToBeInViewportAsync();
        return page;
    }

    [Fact]
    public async Task A_revoked_certificate_offers_a_report_with_its_number_verdict_and_page_filled_in()
    {
        var number = DemoRecords.Revoked(site);
        var exported = DemoRecords.Site(site);
        var page = await FollowReportAsync("/c/" + number);
        Assert.Contains(exported.Center, await page.Locator("#report").TextContentAsync(), StringComparison.Ordinal);
        var mail = await MailOfAsync(page);
        Assert.Equal(exported.ContactEmail, mail.To);
        Assert.Equal($"反映证书问题：{number}", mail.Subject);
        Assert.StartsWith($"证书编号：{number}\r\n核验结果：证书已撤销\r\n页面地址：{exported.VerifyUrl}c/{number}\r\n", mail.Body, StringComparison.Ordinal);
        await Artifacts.ScreenshotAsync(page, "phone-report-revoked");
    }

    [Fact]
    public async Task A_number_that_is_not_found_offers_a_report()
    {
        var page = await FollowReportAsync("/c/" + DemoRecords.Unknown(site));
        Assert.Contains("核验结果：未查询到该证书\r\n", (await MailOfAsync(page)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_genuine_certificate_offers_no_report()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url(DemoRecords.PathFor(site, "genuine")).ToString());
        Assert.Equal("genuine", await page.Locator("[data-verdict]").GetAttributeAsync("data-verdict"));
        Assert.Equal(0, await page.Locator("#report, a[href='#report']").CountAsync());
    }

    [Fact]
    public async Task An_institution_page_offers_a_report_naming_the_institution_and_its_page()
    {
        var exported = DemoRecords.Site(site);
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url("/catalogue/000001/").ToString());
        await Assertions.Expect(page.Locator("#report h2")).ToHaveTextAsync("反映问题");
        var name = (await page.Locator("h1").TextContentAsync())!.Trim();
        var mail = await MailOfAsync(page);
        Assert.Equal(exported.ContactEmail, mail.To);
        Assert.Equal($"反映评价机构问题：{name}（机构代码 000001）", mail.Subject);
        Assert.StartsWith($"评价机构：{name}\r\n机构代码：000001\r\n页面地址：{exported.BaseUrl}catalogue/000001/\r\n", mail.Body, StringComparison.Ordinal);
    }
}
