using Microsoft.Playwright;
using SkillCert.Core.Exports;
using SkillCert.Core.Privacy;
using SkillCert.Core.Signing;
using SkillCert.Rendering.Certificates;
using SkillCert.Generator.Export;
using SkillCert.Tests.Integration.Certificates;

using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Certificates;

/// The printed certificate as Chromium lays it out on an A4 sheet: every field of attachment 6 visible on the page,
/// the QR code large enough to scan (at least 25 mm), and the whole certificate on one sheet.
[Collection(BrowserCollection.Name)]
public sealed class PrintableCertificateTests(Chromium chromium, LiveSite site)
{
    private readonly PrintedCertificates printed = PrintedCertificates.For(site, chromium);

    // A4 at CSS's 96 pixels to the inch.
    private const float PixelsPerMm = 96f / 25.4f;

    private static readonly string[] Fields =
    [
        "holder-name", "document-type", "id-number", "occupation", "trade", "level", "number", "institution", "issued-on",
        "certificate-query-url", "institution-query-url",
    ];

    private async Task<IPage> OpenAsync(string number, float scale = 1)
    {
        var page = await printed.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 794, Height = 1123 },
            DeviceScaleFactor = scale,
        });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.GotoAsync(printed.PageUrl(number));
        return page;
    }

    private ExportedCertificate Exported(string number)
    {
        using var reader = PreviousExport.Open(printed.Export).OpenReader();
        return reader.CertificatesOf(number.Substring(7, 6)).Single(c => c.Number == number);
    }

    [Fact]
    public async Task Every_field_of_attachment_6_is_visible_on_the_A4_sheet_with_the_exports_values()
    {
        var number = printed.Numbers()[0];
        var page = await OpenAsync(number);
        var sheet = (await page.Locator(".sheet").BoundingBoxAsync())!;
        Assert.InRange(sheet.Width / PixelsPerMm, 209.5, 210.5);
        Assert.InRange(sheet.Height / PixelsPerMm, 296.5, 297.5);
        var text = new Dictionary<string, string>();
        foreach (var field in Fields)
        {
            var element = page.Locator($"[data-field='{field}']");
            Assert.True(await element.IsVisibleAsync(), $"{field} is not visible");
            var box = (await element.BoundingBoxAsync())!;
            Assert.True(box.Width > 0 && box.Height > 0 && box.X >= sheet.X && box.Y >= sheet.Y
                && box.X + box.Width <= sheet.X + sheet.Width && box.Y + box.Height <= sheet.Y + sheet.Height, $"{field} lies outside the A4 sheet");
            text[field] = (await element.InnerTextAsync()).Trim();
        }
        var c = Exported(number);
        Assert.Equal(c.HolderName, text["holder-name"]);
        Assert.Equal(c.DocumentType, text["document-type"]);
        Assert.Equal(c.MaskedId, Mask.IdNumber(text["id-number"]));
        Assert.Equal(18, text["id-number"].Length);
        Assert.Equal(c.OccupationName, text["occupation"]);
        Assert.Equal(c.Trade ?? CertificateFace.NoTrade, text["trade"]);
        Assert.Equal(number, text["number"]);
        Assert.Equal(CertificateFace.ChineseDate(c.IssuedOn), text["issued-on"]);
    }

    [Fact]
    public async Task The_QR_code_is_at_least_25_mm_wide_on_the_printed_sheet()
    {
        var page = await OpenAsync(printed.Numbers()[0]);
        var qr = (await page.Locator(".qr-code svg").BoundingBoxAsync())!;
        Assert.True(qr.Width / PixelsPerMm >= 25, $"the QR code is {qr.Width / PixelsPerMm:F1} mm wide");
        Assert.Equal(qr.Width, qr.Height, 0.5);
    }

    [Fact]
    public async Task A_screenshot_of_the_QR_code_as_Chromium_draws_it_decodes_to_a_link_signed_by_the_exports_key()
    {
        var number = printed.Numbers()[^1];
        var page = await OpenAsync(number, scale: 2);
        var link = QrReading.FromPng(await page.Locator(".qr-code svg").ScreenshotAsync());
        var signed = QrLink.TryParse(link);
        Assert.NotNull(signed);
        Assert.Equal(number, signed.Claims.Number);
        Assert.Equal(SignatureVerdict.Valid, new ClaimVerifier(printed.Keys).Verify(signed));
    }

    [Fact]
    public async Task Every_sample_certificate_fits_on_one_A4_sheet()
    {
        var page = await printed.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 794, Height = 1123 } });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var overflowing = new List<string>();
        foreach (var number in printed.Numbers())
        {
            await page.GotoAsync(printed.PageUrl(number));
            var fits = await page.EvaluateAsync<bool>("() => { const f = document.querySelector('.frame'); return f.scrollHeight <= f.clientHeight && f.scrollWidth <= f.clientWidth; }");
            if (!fits) overflowing.Add(number);
        }
        Assert.Empty(overflowing);
    }
}
