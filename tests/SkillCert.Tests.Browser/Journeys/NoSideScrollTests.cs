using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// On a 390 px phone no page type scrolls sideways, neither the page nor a table inside it.
[Collection(BrowserCollection.Name)]
public class NoSideScrollTests(Chromium chromium, LiveSite site, LongCatalogue longCatalogue)
{
    public static TheoryData<string> PageTypes => new()
    {
        "home", "catalogue", "catalogue-page-2", "status", "county", "institution", "institution-removed", "occupations", "occupation",
        "changes", "changes-year", "publicity", "publicity-notice", "coding-rule", "scan", "find", "policies", "policy", "not-found", "result",
        "result-malformed",
    };

    private Uri UrlOf(string pageType) => pageType switch
    {
        "home" => site.Url("/"),
        "catalogue" => site.Url("/catalogue/"),
        "catalogue-page-2" => longCatalogue.Url("/catalogue/page/2/"),
        "status" => site.Url("/catalogue/status/active/"),
        "county" => site.Url("/catalogue/county/" + Uri.EscapeDataString("忻府区") + "/"),
        "institution" => site.Url("/catalogue/000002/"),
        "institution-removed" => site.Url("/catalogue/000007/"),
        "occupations" => site.Url("/occupations/"),
        "occupation" => site.Url("/occupations/6-18-02-04/"),
        "changes" => site.Url("/changes/"),
        "changes-year" => site.Url("/changes/2024/"),
        "publicity" => site.Url("/publicity/"),
        "publicity-notice" => site.Url("/publicity/000001/2026-4/"),
        "coding-rule" => site.Url("/coding-rule/"),
        "scan" => site.Url("/scan/"),
        "find" => site.Url("/find/"),
        "policies" => site.Url("/pages/"),
        "policy" => site.Url("/pages/evaluation-and-supervision/"),
        "not-found" => site.Url("/no-such-page/"),
        "result" => site.Url("/c/" + DemoRecords.Valid(site)),
        "result-malformed" => site.Url("/verify?number=X000099000001193000001"),
        _ => throw new ArgumentOutOfRangeException(nameof(pageType), pageType, "no such page type"),
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task The_page_does_not_scroll_sideways_on_a_phone(string pageType)
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        var response = await page.GotoAsync(UrlOf(pageType).ToString());
        Assert.Equal(pageType switch { "not-found" => 404, "result-malformed" => 400, _ => 200 }, response!.Status);
        var wide = await page.EvaluateAsync<string[]>("""
            () => [document.documentElement, ...document.querySelectorAll('.table-wrap')]
                .filter(e => e.scrollWidth > e.clientWidth)
                .map(e => (e === document.documentElement ? 'the page' : e.getAttribute('aria-label') || e.className) + ': ' + e.scrollWidth + ' px in ' + e.clientWidth)
            """);
        Assert.True(wide.Length == 0, $"{pageType} scrolls sideways at {Viewport.Phone.Width} px: {string.Join("; ", wide)}");
    }
}
