using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using SkillCert.Core.Signing;
using SkillCert.Core.Verification;
using SkillCert.Generator.Export;
using SkillCert.Tests.Integration.Certificates;

using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Certificates;

/// The site's /scan/ page checks a pasted QR link in the browser, with WebCrypto against /keys.json, and says signed
/// or tampered first (never genuine), with the same rules as the server; then it asks the service for the record.
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

    /// The signature line: the offline verdict, its reason (data-reason) and its text. Once the service answered, its
    /// verdict comes first and the signature line keeps its own as data-offline-verdict.
    private sealed record Offline(string? Verdict, string? Reason, string Text);

    private async Task<(Offline Signature, string Online)> CheckAsync(string link, Func<IPage, Task>? prepare = null)
    {
        var server = printed.Serve();
        var page = await printed.Browser.NewPageAsync();
        if (prepare is not null) await prepare(page);
        await page.GotoAsync(new Uri(server, "/scan/").AbsoluteUri);
        await page.FillAsync("#scan-link", link);
        await page.ClickAsync("#scan-form button[type=submit]");
        await page.Locator("#scan-online").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var online = page.Locator("#scan-online");
        var answered = await online.GetAttributeAsync("data-verdict") is not null;
        var first = page.Locator("#scan-result > :first-child");
        Assert.Equal(answered ? "scan-online" : "scan-signature", await first.GetAttributeAsync("id"));
        Assert.Equal(answered ? 0 : 1, await page.Locator("#scan-signature[data-verdict]").CountAsync());
        var signature = page.Locator("#scan-signature");
        var verdict = await signature.GetAttributeAsync("data-verdict") ?? await signature.GetAttributeAsync("data-offline-verdict");
        var result = (new Offline(verdict, await signature.GetAttributeAsync("data-reason"), await signature.InnerTextAsync()),
            await online.InnerTextAsync());
        await page.CloseAsync();
        return result;
    }

    private static void AssertSigned(Offline offline)
    {
        Assert.Equal(("signed", "good-signature"), (offline.Verdict, offline.Reason));
        Assert.StartsWith("签名有效，记录未联网核对", offline.Text, StringComparison.Ordinal);
    }

    private static void AssertTampered(Offline offline, string reason, string words)
    {
        Assert.Equal(("tampered", reason), (offline.Verdict, offline.Reason));
        Assert.StartsWith("签名无效，二维码不可信", offline.Text, StringComparison.Ordinal);
        Assert.Contains(words, offline.Text, StringComparison.Ordinal);
    }

    /// keys.json as the site serves it, with every key changed as <paramref name="change"/> says.
    private static Func<IPage, Task> KeysJson(Action<JsonNode> change) => page => page.RouteAsync("**/keys.json", async route =>
    {
        var response = await route.FetchAsync();
        var document = JsonNode.Parse(await response.TextAsync())!;
        foreach (var key in document["keys"]!.AsArray()) change(key!);
        await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = document.ToJsonString() });
    });

    [Fact]
    public async Task A_printed_link_is_signed_and_agrees_with_the_record()
    {
        var (signature, online) = await CheckAsync(PrintedLink(printed.Numbers()[0]));
        AssertSigned(signature);
        Assert.StartsWith("证书真实有效", online, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readable_form_of_the_link_is_read_as_well()
    {
        var signed = QrLink.TryParse(PrintedLink(printed.Numbers()[1]))!;
        var (signature, online) = await CheckAsync(QrLink.BuildReadable(VerifyUrl, signed));
        AssertSigned(signature);
        Assert.StartsWith("证书真实有效", online, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_with_one_changed_character_is_tampered()
    {
        var link = PrintedLink(printed.Numbers()[0]);
        var parts = link.Split('/');
        parts[^4] = parts[^4][..^1] + (parts[^4][^1] == '1' ? '2' : '1');
        var (signature, _) = await CheckAsync(string.Join('/', parts));
        AssertTampered(signature, "bad-signature", "签名不符");
    }

    [Fact]
    public async Task A_link_signed_by_a_key_the_site_does_not_publish_is_an_unknown_key()
    {
        using var stranger = SigningKey.Create();
        var claims = QrLink.TryParse(PrintedLink(printed.Numbers()[0]))!.Claims;
        var (signature, _) = await CheckAsync(QrLink.Build(VerifyUrl, stranger.Sign(claims)));
        AssertTampered(signature, "unknown-key", "未知密钥");
    }

    [Fact]
    public async Task A_key_retired_before_the_issue_date_does_not_vouch()
    {
        var signed = QrLink.TryParse(PrintedLink(printed.Numbers()[0]))!;
        // keys.json as it would read after the key was retired on the certificate's issue date.
        var retired = signed.Claims.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (signature, _) = await CheckAsync(QrLink.Build(VerifyUrl, signed), KeysJson(key => key["retired"] = retired));
        AssertTampered(signature, "retired-key", "密钥已停用");
    }

    [Fact]
    public async Task A_link_signed_by_a_revoked_key_is_tampered_whatever_its_date()
    {
        // keys.json as it would read after the key was revoked: retired long after the issue date, so only the revocation refuses it.
        var (signature, _) = await CheckAsync(PrintedLink(printed.Numbers()[0]), KeysJson(key =>
        {
            key["retired"] = "2099-01-01";
            key["revoked"] = "2099-01-01";
        }));
        AssertTampered(signature, "revoked-key", "密钥已撤销");
    }

    [Fact]
    public async Task A_version_1_link_with_a_high_s_is_tampered()
    {
        var signed = QrLink.TryParse(PrintedLink(printed.Numbers()[0]))!;
        Assert.Equal(ClaimsEncoding.Current, signed.Version);
        var (signature, _) = await CheckAsync(QrLink.Build(VerifyUrl, signed with { Signature = P256Signature.Mirror(signed.Signature) }));
        AssertTampered(signature, "bad-signature", "签名不符");
    }

    [Fact]
    public async Task A_version_0_link_with_a_high_s_as_printed_before_versions_is_signed()
    {
        var claims = QrLink.TryParse(PrintedLink(printed.Numbers()[0]))!.Claims;
        var (signature, online) = await CheckAsync(QrLink.Build(VerifyUrl, LegacySignature.HighS(File.ReadAllText(printed.SigningKey), claims)));
        AssertSigned(signature);
        Assert.StartsWith("证书真实有效", online, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_service_cannot_be_reached_the_page_says_the_signature_is_valid_but_the_record_unchecked()
    {
        var (signature, online) = await CheckAsync(PrintedLink(printed.Numbers()[0]), page => page.RouteAsync("**/api/v1/**", route => route.AbortAsync()));
        AssertSigned(signature);
        Assert.Equal("签名有效，但无法联网核对证书记录。", online);
    }

    /// Opens /scan/ on a page whose clock only moves when the test moves it, with requests to <paramref name="stalled"/>
    /// left unanswered, as on a network that stalls instead of failing; submits the printed link and waits for the page to
    /// say what it waits for.
    private async Task<IPage> StalledAsync(string stalled, string waitingFor)
    {
        var page = await printed.Browser.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.RouteAsync(stalled, _ => Task.CompletedTask);
        await page.GotoAsync(new Uri(printed.Serve(), "/scan/").AbsoluteUri);
        await page.FillAsync("#scan-link", PrintedLink(printed.Numbers()[0]));
        await page.ClickAsync("#scan-form button[type=submit]");
        await Assertions.Expect(page.Locator("#scan-waiting")).ToHaveTextAsync(waitingFor);
        return page;
    }

    [Fact]
    public async Task A_service_that_does_not_answer_is_said_to_be_too_slow_after_fifteen_seconds()
    {
        var page = await StalledAsync("**/api/v1/**", "正在联网核对证书记录……");
        await page.Clock.RunForAsync(14_000);
        Assert.Equal(0, await page.Locator("#scan-online").CountAsync());
        await page.Clock.RunForAsync(1_000);
        await Assertions.Expect(page.Locator("#scan-online")).ToHaveTextAsync("签名有效，但网络太慢，15 秒内没有联网核对到证书记录。");
        Assert.Equal(0, await page.Locator("#scan-waiting").CountAsync());
        Assert.Equal("signed", await page.Locator("#scan-signature").GetAttributeAsync("data-verdict"));
        await Assertions.Expect(page.Locator("#scan-next")).ToContainTextAsync("请联网后再扫一次");
        Assert.Null(await page.Locator("#scan-result").GetAttributeAsync("aria-busy"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Keys_that_do_not_arrive_leave_the_signature_unchecked_and_the_record_is_still_asked_for()
    {
        var page = await StalledAsync("**/keys.json", "正在核对二维码……");
        await page.Clock.RunForAsync(15_000);
        await Assertions.Expect(page.Locator("#scan-online")).ToHaveAttributeAsync("data-verdict", "genuine");
        var signature = page.Locator("#scan-signature");
        Assert.Equal("网络太慢，没能取得本站公布的核对信息，二维码是否被改过未能核对。", await signature.InnerTextAsync());
        Assert.Null(await signature.GetAttributeAsync("data-verdict"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_revoked_certificate_is_signed_but_the_record_says_revoked()
    {
        using var reader = PreviousExport.Open(printed.Export).OpenReader();
        var revoked = PreviousExport.Open(printed.Export).Institutions.SelectMany(reader.CertificatesOf).First(c => c.IsRevoked);
        using var key = SigningKey.FromPem(File.ReadAllText(printed.SigningKey));
        var link = QrLink.Build(VerifyUrl, key.Sign(new QrClaims(revoked.Number!, revoked.HolderName, revoked.Level, revoked.IssuedOn)));
        var (signature, online) = await CheckAsync(link);
        AssertSigned(signature);
        Assert.StartsWith("证书已撤销", online, StringComparison.Ordinal);
        Assert.Contains(revoked.RevocationReason!, online, StringComparison.Ordinal);
    }

    /// Submits text whose claims cannot be read: the verdict is tampered, and the record is not asked for.
    private async Task AssertUnreadableAsync(string text)
    {
        var server = printed.Serve();
        var page = await printed.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(server, "/scan/").AbsoluteUri);
        await page.FillAsync("#scan-link", text);
        await page.ClickAsync("#scan-form button[type=submit]");
        var first = page.Locator("#scan-signature");
        AssertTampered(new Offline(await first.GetAttributeAsync("data-verdict"), await first.GetAttributeAsync("data-reason"), await first.InnerTextAsync()),
            "unreadable-link", "链接无法读取");
        Assert.Equal(0, await page.Locator("#scan-online").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Text_that_is_not_a_certificate_link_is_tampered_as_unreadable() => await AssertUnreadableAsync("https://example.org/hello");

    [Fact]
    public async Task A_link_whose_base32_signature_has_a_set_trailing_bit_is_tampered_as_unreadable()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var link = PrintedLink(printed.Numbers()[0]);
        await AssertUnreadableAsync(link[..^1] + alphabet[alphabet.IndexOf(link[^1], StringComparison.Ordinal) ^ 1]);
    }

    [Fact]
    public async Task The_page_explains_each_verdict_and_reason_in_cores_words()
    {
        var server = printed.Serve();
        var page = await printed.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(server, "/scan/").AbsoluteUri);
        foreach (var text in OfflineWording.Verdicts.Concat(OfflineWording.Reasons))
            Assert.Equal(text.Zh, await page.Locator($"[data-wording='{text.Slug}']").InnerTextAsync());
        await page.CloseAsync();
    }
}
