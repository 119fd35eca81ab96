using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Certificates;

/// /scan/ reads a printed certificate's QR code with the camera or from a photo, and checks it as a pasted link: online
/// the service's verdict; offline, after a first visit kept the page, the signature alone, saying the record was not checked.
/// Chromium on Linux has no BarcodeDetector, so these read the code with the page's fallback decoder (jsQR).
[Collection(BrowserCollection.Name)]
public sealed class CameraScanTests(Chromium chromium, LiveSite site)
{
    private readonly PrintedCertificates _printed = PrintedCertificates.For(site, chromium);

    /// The QR code of a printed certificate, as the certificate page draws it.
    private async Task<byte[]> QrPictureAsync()
    {
        var certificate = await chromium.NewPageAsync(Viewport.Desktop);
        await certificate.GotoAsync(_printed.PageUrl(_printed.Numbers()[0]));
        var png = await certificate.Locator(".qr-code svg").ScreenshotAsync();
        await certificate.Context.CloseAsync();
        return png;
    }

    private static async Task<string> VerdictAfterScanAsync(IPage page)
    {
        var online = page.Locator("#scan-online");
        await online.WaitForAsync();
        return await online.GetAttributeAsync("data-verdict") ?? "";
    }

    /// The site on its static host and the service on another, as in production, so that cutting the network is real: the
    /// context goes offline and both hosts stop (Playwright's offline mode does not reach a service worker's requests).
    [Fact]
    public async Task The_camera_reads_a_printed_QR_code_online_and_again_offline_after_a_first_visit()
    {
        await using var camera = await FakeCamera.FilmingAsync(chromium, site.Folder, await QrPictureAsync());
        await using var context = await camera.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Viewport.Phone.Width, Height = Viewport.Phone.Height },
            IsMobile = true, HasTouch = true, Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        var blocked = PolicyRefusals.Of(page);
        var hosts = await SeparateHosts.StartAsync(site);
        var scan = hosts.SiteUrl("/scan/").ToString();
        var running = true;
        try
        {
            await page.GotoAsync(scan);
            Assert.False(await page.EvaluateAsync<bool>("() => 'BarcodeDetector' in window"));
            // The first visit keeps the page on the device; the line says so once the worker holds everything.
            await page.Locator("#scan-offline[data-state=kept]").WaitForAsync();
            await page.ClickAsync("#scan-camera-start");
            Assert.Equal("genuine", await VerdictAfterScanAsync(page));
            Assert.StartsWith("证书真实有效", await page.Locator("#scan-online").InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await page.Locator("#scan-video").IsHiddenAsync(), "the camera stays on after the code was read");

            await context.SetOfflineAsync(true);
            await hosts.DisposeAsync();
            running = false;
        }
        finally
        {
            if (running) await hosts.DisposeAsync();
        }

        var again = await page.GotoAsync(scan);
        Assert.True(again!.FromServiceWorker, "the second visit did not come from the kept copy");
        await page.Locator("#scan-offline[data-state=offline]").WaitForAsync();
        await page.ClickAsync("#scan-camera-start");
        Assert.Equal("", await VerdictAfterScanAsync(page));
        Assert.Equal("signed", await page.Locator("#scan-signature").GetAttributeAsync("data-verdict"));
        Assert.StartsWith("签名有效，记录未联网核对", await page.Locator("#scan-signature").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("签名有效，但无法联网核对证书记录。", await page.Locator("#scan-online").InnerTextAsync());
        Assert.Contains("证书现在是否有效", await page.Locator("#scan-next").InnerTextAsync(), StringComparison.Ordinal);
        await Artifacts.ScreenshotAsync(page, "camera-scan-offline-phone");
        Assert.Empty(blocked);

        // Only the kept page works offline: the rest of the site is out of reach.
        await Assert.ThrowsAsync<PlaywrightException>(() => page.GotoAsync(new Uri(new Uri(scan), "/catalogue/").ToString()));
    }

    [Fact]
    public async Task A_photo_of_the_QR_code_is_read_and_checked()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url("/scan/").ToString());
        // The service serves the site here, with its strict headers, and the worker keeps the page under them too.
        await page.Locator("#scan-offline[data-state=kept]").WaitForAsync();
        await page.SetInputFilesAsync("#scan-image", new FilePayload { Name = "qr.png", MimeType = "image/png", Buffer = await QrPictureAsync() });
        Assert.Equal("genuine", await VerdictAfterScanAsync(page));
        Assert.Equal("signed", await page.Locator("#scan-signature").GetAttributeAsync("data-offline-verdict"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_photo_without_a_QR_code_says_so_and_checks_nothing()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url("/scan/").ToString());
        var blank = await page.Locator("h1").ScreenshotAsync();
        await page.SetInputFilesAsync("#scan-image", new FilePayload { Name = "title.png", MimeType = "image/png", Buffer = blank });
        await page.Locator("#scan-camera-status.warn").WaitForAsync();
        Assert.StartsWith("这张照片里没有找到二维码", await page.Locator("#scan-camera-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#scan-result > *").CountAsync());
        await page.Context.CloseAsync();
    }

    /// Presses the camera button and returns what the page says, once it says it as a problem.
    private async Task<string> CameraProblemAsync(IPage page)
    {
        await page.GotoAsync(site.Url("/scan/").ToString());
        await page.ClickAsync("#scan-camera-start");
        var status = page.Locator("#scan-camera-status.warn");
        await status.WaitForAsync();
        Assert.True(await page.Locator("#scan-camera-start").IsVisibleAsync());
        Assert.True(await page.Locator("#scan-video").IsHiddenAsync());
        return await status.InnerTextAsync();
    }

    [Fact]
    public async Task On_a_device_without_a_camera_the_page_says_so_and_points_to_the_photo_and_the_link()
    {
        // The shared Chromium has no capture device at all.
        var page = await chromium.NewPageAsync(Viewport.Desktop);
        var words = await CameraProblemAsync(page);
        Assert.StartsWith("这台设备上没有找到能用的摄像头。", words, StringComparison.Ordinal);
        Assert.Contains("选择一张二维码照片", words, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task When_the_camera_is_refused_the_page_says_how_to_allow_it()
    {
        // A camera, but no fake prompt to accept it, and no permission granted: Chromium refuses, as a person can.
        await using var browser = await chromium.LaunchAsync("--use-fake-device-for-media-stream");
        var page = await browser.NewPageAsync();
        var words = await CameraProblemAsync(page);
        Assert.StartsWith("没有得到使用摄像头的许可，所以不能扫码。", words, StringComparison.Ordinal);
        Assert.Contains("允许本站使用摄像头", words, StringComparison.Ordinal);
    }
}
