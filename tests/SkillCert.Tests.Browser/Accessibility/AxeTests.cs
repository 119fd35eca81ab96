using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Accessibility;

/// Every page type passes axe-core with no violation of impact serious or critical, at both widths.
[Collection(BrowserCollection.Name)]
public class AxeTests(Chromium chromium, LiveSite site)
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var viewport in new[] { Viewport.Phone.Name, Viewport.Desktop.Name })
        {
            foreach (var page in new[] { "home", "catalogue", "catalogue-search", "status", "institution", "institution-removed", "occupation", "policy", "coding-rule", "scan", "changes", "publicity", "publicity-notice", "result", "result-corrected", "result-malformed", "find", "lookup-answer", "not-found" })
                data.Add(page, viewport);
        }
        return data;
    }

    private string PathOf(string page) => page switch
    {
        "home" => "/",
        "catalogue" => "/catalogue/",
        "catalogue-search" => "/catalogue/?q=" + Uri.EscapeDataString("焊工"),
        "status" => "/catalogue/status/active/",
        "institution" => "/catalogue/000001/",
        "institution-removed" => "/catalogue/000007/",
        "occupation" => "/occupations/6-18-02-04/",
        "policy" => "/pages/faq-public/",
        "coding-rule" => "/coding-rule/",
        "scan" => "/scan/",
        "changes" => "/changes/",
        "publicity" => "/publicity/",
        "publicity-notice" => "/publicity/000001/2026-4/",
        "result" => "/c/" + DemoRecords.Valid(site),
        "result-corrected" => "/c/" + DemoRecords.Reissue(site).Corrected,
        "result-malformed" => "/verify?number=X000099000001193000001",
        "find" or "lookup-answer" => "/find/",
        _ => "/no-such-page/",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_serious_accessibility_violation(string pageType, string viewport)
    {
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), injectTools: true);
        await page.GotoAsync(site.Url(PathOf(pageType)).ToString());
        if (pageType == "catalogue-search") await page.Locator("#search-results .entry").First.WaitForAsync();
        if (pageType == "lookup-answer")
        {
            var (name, idNumber, _) = DemoRecords.Holder(site);
            await page.FillAsync("#lookup-name", name);
            await page.FillAsync("#lookup-id", idNumber);
            await page.ClickAsync("#lookup-name >> xpath=ancestor::form//button[@type='submit']");
            await page.Locator(".found-certificates").WaitForAsync();
        }
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{pageType} at {viewport}:\n" + string.Join('\n', violations));
    }

    [Theory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task The_page_a_service_without_a_site_answers_has_no_serious_accessibility_violation(string viewport)
    {
        // The live site has a built site, so the page is loaded as the service sends it, from the same bytes.
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), injectTools: true);
        await page.SetContentAsync(System.Text.Encoding.UTF8.GetString(VerifyApi.Site.SiteMissingPage.Html.Span));
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"the page without a site at {viewport}:\n" + string.Join('\n', violations));
    }
}
