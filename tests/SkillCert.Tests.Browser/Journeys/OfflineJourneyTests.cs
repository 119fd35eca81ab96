using Microsoft.Playwright;
using SkillCert.Tests.Browser.Certificates;
using SkillCert.Tests.Browser.Infrastructure;
using SkillCert.Tests.Integration.Certificates;

namespace SkillCert.Tests.Browser.Journeys;

/// Journey 6: the verification service is down, but the static site still loads (from a CDN, say). The scan page
/// checks a QR link's signature in the browser with the published keys, and says the record could not be checked.
[Collection(BrowserCollection.Name)]
public class OfflineJourneyTests(Chromium chromium, LiveSite site)
{
    // WebCrypto needs a secure context, as the real site on HTTPS has.
    private const string StaticHost = "https://static-site.test";
    private readonly PrintedCertificates _printed = PrintedCertificates.For(site, chromium);

    /// Serves the built site's files from disk, as a static host would, and refuses everything else: no service runs.
    private async Task ServeStaticOnlyAsync(IPage page)
    {
        var root = Path.GetFullPath(site.Demo.Site);
        await page.Context.RouteAsync("**/*", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
            if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
            if (!route.Request.Url.StartsWith(StaticHost, StringComparison.Ordinal) || !file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
            {
                await route.AbortAsync("connectionrefused");
                return;
            }
            var type = Path.GetExtension(file) switch { ".js" => "text/javascript", ".css" => "text/css", ".json" => "application/json", _ => "text/html" };
            await route.FulfillAsync(new RouteFulfillOptions { Path = file, ContentType = type + "; charset=utf-8" });
        });
    }

    [Theory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task With_the_service_stopped_the_signature_is_checked_in_the_browser(string viewport)
    {
        var certificate = await chromium.NewPageAsync(Viewport.Desktop);
        await certificate.GotoAsync(_printed.PageUrl(_printed.Numbers()[0]));
        var link = QrReading.FromPng(await certificate.Locator(".qr-code svg").ScreenshotAsync());

        var page = await chromium.NewPageAsync(Viewport.Named(viewport));
        await ServeStaticOnlyAsync(page);
        await page.GotoAsync(StaticHost + "/scan/");
        await page.FillAsync("#scan-link", link);
        await page.ClickAsync("#scan-form button[type=submit]");
        await page.Locator("#scan-online").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

        Assert.StartsWith("签名有效，记录未联网核对", await page.Locator("#scan-signature").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("signed", await page.Locator("#scan-signature").GetAttributeAsync("data-verdict"));
        Assert.Contains("无法联网核对证书记录", await page.Locator("#scan-result").InnerTextAsync(), StringComparison.Ordinal);
        await Artifacts.ScreenshotAsync(page, $"journey-6-offline-{viewport}");
    }
}
