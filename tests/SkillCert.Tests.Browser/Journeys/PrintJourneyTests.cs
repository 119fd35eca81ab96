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
}
