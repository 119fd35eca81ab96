using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using SkillCert.Core.Signing;
using SkillCert.Generator.Export;
using SkillCert.Tests.Integration.Certificates;

using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Certificates;

/// The site's /scan/ page checks a pasted QR link in the browser, with WebCrypto against /keys.json, then the record
/// with the service, and says which of the two it could check.
[Collection(BrowserCollection.Name)]
public sealed class ScanPageTests(Chromium chromium, LiveSite site)
{
    private readonly PrintedCertificates printed = PrintedCertificates.For(site, chromium);

    private static readonly Uri VerifyUrl = new("https://verify.xinzhou.example/");

    /// The link in a printed certificate's QR code, read from its SVG by ZXing.
    private string PrintedLink(string number)
    {
        var html = File.ReadAllText(Path.Combine(printed.OutDir, number + ".html"));
        return QrReading.FromSvg(new HtmlParser().ParseDocument(html).QuerySelector(".qr-code svg")!.OuterHtml);
    }

    private async Task<(string Signature, string Online)> CheckAsync(string link, Func<IPage, Task>? prepare = null)
    {
        var server = printed.Serve();
        var page = await printed.Browser.NewPageAsync();
        if (prepare is not null) await prepare(page);
        await page.GotoAsync(new Uri(server, "/scan/").AbsoluteUri);
        await page.FillAsync("#scan-link", link);
        await page.ClickAsync("#scan-form button[type=submit]");
        await page.Locator("#scan-online").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var result = (await page.Locator("#scan-signature").InnerTextAsync(), await page.Locator("#scan-online").InnerTextAsync());
        await page.CloseAsync();
        return result;
    }

    [Fact]
    public async Task A_printed_link_is_authentic_and_agrees_with_the_record()
    {
        var (signature, online) = await CheckAsync(PrintedLink(printed.Numbers()[0]));
        Assert.StartsWith("签名有效", signature, StringComparison.Ordinal);
        Assert.StartsWith("证书真实有效", online, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readable_form_of_the_link_is_read_as_well()
    {
        var signed = QrLink.TryParse(PrintedLink(printed.Numbers()[1]))!;
        var (signature, online) = await CheckAsync(QrLink.BuildReadable(VerifyUrl, signed));
        Assert.StartsWith("签名有效", signature, StringComparison.Ordinal);
        Assert.StartsWith("证书真实有效", online, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_with_one_changed_character_is_tampered()
    {
        var link = PrintedLink(printed.Numbers()[0]);
        var parts = link.Split('/');
        parts[^4] = parts[^4][..^1] + (parts[^4][^1] == '1' ? '2' : '1');
        var (signature, _) = await CheckAsync(string.Join('/', parts));
        Assert.StartsWith("签名不符", signature, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_signed_by_a_key_the_site_does_not_publish_is_an_unknown_key()
    {
        using var stranger = SigningKey.Create();
        var claims = QrLink.TryParse(PrintedLink(printed.Numbers()[0]))!.Claims;
        var (signature, _) = await CheckAsync(QrLink.Build(VerifyUrl, stranger.Sign(claims)));
        Assert.StartsWith("未知密钥", signature, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_retired_before_the_issue_date_does_not_vouch()
    {
        var signed = QrLink.TryParse(PrintedLink(printed.Numbers()[0]))!;
        // keys.json as it would read after the key was retired on the certificate's issue date.
        var (signature, _) = await CheckAsync(QrLink.Build(VerifyUrl, signed), page => page.RouteAsync("**/keys.json", async route =>
        {
            var response = await route.FetchAsync();
            var document = JsonNode.Parse(await response.TextAsync())!;
            foreach (var key in document["keys"]!.AsArray()) key!["retired"] = signed.Claims.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = document.ToJsonString() });
        }));
        Assert.StartsWith("密钥已停用", signature, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_service_cannot_be_reached_the_page_says_the_signature_is_valid_but_the_record_unchecked()
    {
        var (signature, online) = await CheckAsync(PrintedLink(printed.Numbers()[0]), page => page.RouteAsync("**/api/v1/**", route => route.AbortAsync()));
        Assert.StartsWith("签名有效", signature, StringComparison.Ordinal);
        Assert.Equal("签名有效，但无法联网核对证书记录。", online);
    }

    [Fact]
    public async Task A_revoked_certificate_is_authentic_but_the_record_says_revoked()
    {
        using var reader = PreviousExport.Open(printed.Export).OpenReader();
        var revoked = PreviousExport.Open(printed.Export).Institutions.SelectMany(reader.CertificatesOf).First(c => c.IsRevoked);
        using var key = SigningKey.FromPem(File.ReadAllText(printed.SigningKey));
        var link = QrLink.Build(VerifyUrl, key.Sign(new QrClaims(revoked.Number!, revoked.HolderName, revoked.Level, revoked.IssuedOn)));
        var (signature, online) = await CheckAsync(link);
        Assert.StartsWith("签名有效", signature, StringComparison.Ordinal);
        Assert.StartsWith("证书已撤销", online, StringComparison.Ordinal);
        Assert.Contains(revoked.RevocationReason!, online, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_that_is_not_a_certificate_link_is_said_to_be_none()
    {
        var server = printed.Serve();
        var page = await printed.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(server, "/scan/").AbsoluteUri);
        await page.FillAsync("#scan-link", "https://example.org/hello");
        await page.ClickAsync("#scan-form button[type=submit]");
        Assert.StartsWith("这不是证书二维码的链接", await page.Locator("#scan-signature").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#scan-online").CountAsync());
    }
}
