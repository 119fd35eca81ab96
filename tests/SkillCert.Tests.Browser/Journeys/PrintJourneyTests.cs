using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkillCert.Tests.Browser.Certificates;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// Journey 7: a filed enterprise opens a rendered certificate and prints it; the PDF is one A4 page.
[Collection(BrowserCollection.Name)]
public partial class PrintJourneyTests(Chromium chromium, LiveSite site)
{
    private readonly PrintedCertificates _printed = PrintedCertificates.For(site, chromium);

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [Theory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task The_certificate_printed_to_PDF_fits_one_A4_page(string viewport)
    {
        var page = await chromium.NewPageAsync(Viewport.Named(viewport));
        await page.GotoAsync(_printed.PageUrl(_printed.Numbers()[^1]));
        await Artifacts.ScreenshotAsync(page, $"journey-7-print-{viewport}");

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });

        Assert.Single(PageObject().Matches(Encoding.Latin1.GetString(pdf)));
        await File.WriteAllBytesAsync(Artifacts.PathOf($"journey-7-print-{viewport}.pdf"), pdf);
    }

    [Theory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task A_found_result_leads_to_its_certificate_view_whose_print_button_prints_one_A4_page(string viewport)
    {
        var page = await chromium.NewPageAsync(Viewport.Named(viewport));
        await page.GotoAsync(site.Url(DemoRecords.PathFor(site, "genuine")).ToString());
        await page.ClickAsync("a:text-is('查看证书页面')");
        await page.WaitForURLAsync("**/certificate**");
        // The browser's print dialog cannot be driven headless: the test counts the calls and prints to PDF itself.
        await page.EvaluateAsync("() => { window.printed = 0; window.print = () => { window.printed++; }; }");
        await page.ClickAsync("button:text-is('打印本页')");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.printed"));
        Assert.False(await page.Locator(".print-hint").IsVisibleAsync());
        Assert.DoesNotMatch("[0-9]", await page.Locator("[data-field='id-number']").TextContentAsync() ?? "");

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        Assert.Single(PageObject().Matches(Encoding.Latin1.GetString(pdf)));
    }

    [Fact]
    public async Task Without_JavaScript_the_certificate_view_says_how_to_print_instead_of_showing_a_dead_button()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone, javaScript: false);
        await page.GotoAsync(site.Url("/c/" + DemoRecords.Valid(site) + "/certificate").ToString());
        Assert.False(await page.Locator("button:text-is('打印本页')").IsVisibleAsync());
        Assert.Contains("打印", await page.Locator(".print-hint").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_phone_the_certificate_title_stays_on_one_line()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url("/c/" + DemoRecords.Valid(site) + "/certificate").ToString());
        var lines = await page.EvaluateAsync<int>("""
            () => {
              const title = document.getElementById('certificate-title');
              return Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight));
            }
            """);
        Assert.True(lines == 1, $"the title 职业技能等级证书 takes {lines} lines at {Viewport.Phone.Width} px");
    }
}
