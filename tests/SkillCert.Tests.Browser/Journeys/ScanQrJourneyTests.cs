using SkillCert.Tests.Browser.Certificates;
using SkillCert.Tests.Browser.Infrastructure;
using SkillCert.Tests.Integration.Certificates;

namespace SkillCert.Tests.Browser.Journeys;

/// Journey 4: an employer scans the QR code on a printed certificate, opens the link it holds, and sees "authentic";
/// one changed character of the link gives the tamper verdict instead.
[Collection(BrowserCollection.Name)]
public class ScanQrJourneyTests(Chromium chromium, LiveSite site)
{
    private readonly PrintedCertificates _printed = PrintedCertificates.For(site, chromium);

    /// The QR link as a phone would open it, but sent to the service under test instead of the public host.
    private Uri Local(string link) => site.Url(new Uri(link).PathAndQuery);

    [Theory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task A_scanned_QR_link_is_authentic_and_a_changed_one_is_not(string viewport)
    {
        var number = _printed.Numbers()[0];
        var certificate = await chromium.NewPageAsync(Viewport.Desktop);
        await certificate.GotoAsync(_printed.PageUrl(number));
        var link = QrReading.FromPng(await certificate.Locator(".qr-code svg").ScreenshotAsync());

        var page = await chromium.NewPageAsync(Viewport.Named(viewport));
        await page.GotoAsync(Local(link).ToString());
        Assert.Equal("genuine", await VerifyForm.VerdictAsync(page));
        var holder = DemoRecords.HolderOf(site, number);
        Assert.Contains(holder, await page.TextContentAsync(".facts"), StringComparison.Ordinal);

        // The name is the segment before the signature, the last one; one changed byte of it breaks the signature.
        var segments = new Uri(link).AbsolutePath.Split('/');
        var name = segments.Length - 2;
        segments[name] = segments[name][..^2] + (segments[name][^2..] == "A0" ? "A1" : "A0");
        await page.GotoAsync(site.Url(string.Join('/', segments)).ToString());
        Assert.Equal("tampered", await VerifyForm.VerdictAsync(page));
        Assert.DoesNotContain(holder, await page.TextContentAsync("main"), StringComparison.Ordinal);
        await Artifacts.ScreenshotAsync(page, $"journey-4-scan-tampered-{viewport}");
    }
}
