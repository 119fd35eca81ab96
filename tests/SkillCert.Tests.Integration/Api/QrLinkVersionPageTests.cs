using AngleSharp.Html.Parser;
using SkillCert.Core.Signing;
using SkillCert.Tests.Integration.Certificates;

namespace SkillCert.Tests.Integration.Api;

/// The result page opened from a QR link of either version, and from one signed by a revoked key.
public class QrLinkVersionPageTests
{
    private static readonly Uri VerifyUrl = new(ExportFixture.Site.VerifyUrl);
    private static readonly QrClaims ZhangClaims = new(ExportFixture.ValidNumber, ExportFixture.ZhangName, 3, new DateOnly(2022, 5, 10));

    /// The page's verdict, the QR code's row under it, and the whole text.
    private static async Task<(string Verdict, string Claims, string Body)> PageOf(string link)
    {
        await using var app = new VerifyApplication();
        var html = await app.Client().GetStringAsync(new Uri(link).PathAndQuery);
        var page = new HtmlParser().ParseDocument(html);
        return (page.QuerySelector("[data-verdict]")?.GetAttribute("data-verdict") ?? "",
            page.QuerySelector("[data-check='claims']")?.TextContent ?? "", page.Body!.TextContent);
    }

    private static SignedClaims LegacyHighS(QrClaims claims) => LegacySignature.HighS(ExportFixture.Signer.ExportPrivateKeyPem(), claims);

    [Fact]
    public async Task A_version_1_compact_link_is_genuine() =>
        Assert.Equal("genuine", (await PageOf(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims)))).Verdict);

    [Fact]
    public async Task A_version_0_compact_link_with_a_high_s_as_printed_before_versions_is_genuine() =>
        Assert.Equal("genuine", (await PageOf(QrLink.Build(VerifyUrl, LegacyHighS(ZhangClaims)))).Verdict);

    [Fact]
    public async Task A_version_0_readable_link_with_a_high_s_is_genuine() =>
        Assert.Equal("genuine", (await PageOf(QrLink.BuildReadable(VerifyUrl, LegacyHighS(ZhangClaims)))).Verdict);

    [Fact]
    public async Task A_version_1_link_with_a_high_s_is_tampered_and_shows_no_full_name()
    {
        var signed = ExportFixture.Signer.Sign(ZhangClaims);
        var (verdict, claims, body) = await PageOf(QrLink.Build(VerifyUrl, signed with { Signature = P256Signature.Mirror(signed.Signature) }));
        Assert.Equal("tampered", verdict);
        Assert.Contains("二维码已被改动", claims, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangName, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_signed_by_a_revoked_key_is_tampered_says_so_and_shows_no_full_name()
    {
        var (verdict, claims, body) = await PageOf(QrLink.Build(VerifyUrl, ExportFixture.RevokedSigner.Sign(ZhangClaims)));
        Assert.Equal("tampered", verdict);
        Assert.Contains("二维码的签名密钥已撤销", claims, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangName, body, StringComparison.Ordinal);
    }
}
