using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SkillCert.Core.Signing;
using SkillCert.Tests.Integration.Api;
using static SkillCert.Tests.Integration.Certificates.PrintedFields;

namespace SkillCert.Tests.Integration.Certificates;

/// The service's public view of a certificate, /c/{number}/certificate: the printed layout under its verdict, with no
/// part of the ID number, and the full name and QR code only for signed claims that a published key made and the record confirms.
public sealed class CertificateViewTests : IAsyncLifetime
{
    private const string Valid = "Y000014000001244000001";
    private const string Revoked = "Y000014000001244000002";
    private readonly CertificateScenario _s = new();
    private readonly VerifyApplication _app;
    private readonly HttpClient _client;
    private readonly SigningKey _key;

    public CertificateViewTests()
    {
        _s.Export.Roster("000001", "2024-3", _s.Export.Line(name: "张三明", trade: "数控车工", issued: "2024-09-18"),
            _s.Export.Line(name: "李晓燕", gender: "女", issued: "2024-09-20"));
        _s.Export.Revocations($"{Revoked},2025-01-10,以不正当手段取得证书");
        _s.Exported();
        _key = SigningKey.FromPem(File.ReadAllText(_s.SigningKey));
        _app = new VerifyApplication(writeExport: path => File.Copy(_s.Export.Out, path), idKey: File.ReadAllBytes(_s.Export.IdKey));
        _client = _app.Client();
    }

    private static string Query(SignedClaims signed) => new Uri(QrLink.BuildReadable(new Uri("https://verify.example.org/"), signed)).Query;

    private SignedClaims Signed(string number = Valid, string name = "张三明", int level = 4, string issued = "2024-09-18") =>
        _key.Sign(new QrClaims(number, name, level, DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture)));

    private async Task<(HttpResponseMessage Response, IDocument Page)> View(string number, string query = "")
    {
        var response = await _client.GetAsync($"/c/{number}/certificate{query}");
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Without_claims_the_view_is_unconfirmed_shows_the_masked_name_no_id_number_and_no_QR_code()
    {
        var (response, page) = await View(Valid);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        Assert.Equal("unconfirmed", Verdict(page));
        Assert.Equal("张*明", Field(page, "holder-name"));
        Assert.Equal("不公开（仅印在纸质证书上）", Field(page, "id-number"));
        Assert.DoesNotContain("140902", page.Source.Text, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".qr-code"));
        Assert.Contains("扫描证书上的二维码", page.QuerySelector(".view-band")!.TextContent, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl is { Public: true });
    }

    [Fact]
    public async Task With_the_QR_codes_signed_claims_the_view_is_genuine_shows_the_full_name_and_the_same_signed_QR_but_no_id_number()
    {
        var signed = Signed();
        var (response, page) = await View(Valid, Query(signed));
        Assert.Equal("genuine", Verdict(page));
        Assert.Equal("张三明", Field(page, "holder-name"));
        Assert.DoesNotContain(_s.Export.IdNumbers, id => page.Source.Text.Contains(id, StringComparison.Ordinal));
        Assert.DoesNotContain("140902", page.Source.Text, StringComparison.Ordinal);
        var link = QrReading.FromSvg(page.QuerySelector(".qr-code svg")!.OuterHtml);
        Assert.Equal(signed.Signature, QrLink.TryParse(link)!.Signature);
        Assert.True(response.Headers.CacheControl is { NoStore: true, Public: false }, "a view with the full name must not be kept by shared caches");
    }

    [Fact]
    public async Task With_the_holders_name_the_view_is_genuine_and_shows_the_full_name_but_no_QR_code()
    {
        var (_, page) = await View(Valid, "?name=" + Uri.EscapeDataString("张三明"));
        Assert.Equal("genuine", Verdict(page));
        Assert.Equal("张三明", Field(page, "holder-name"));
        Assert.Null(page.QuerySelector(".qr-code"));
    }

    [Fact]
    public async Task The_verdict_comes_before_the_certificate()
    {
        var (_, page) = await View(Valid);
        var verdict = page.QuerySelector("[data-verdict]")!;
        var sheet = page.QuerySelector(".sheet")!;
        Assert.True(verdict.CompareDocumentPosition(sheet).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public async Task Every_printed_field_is_on_the_view_with_the_institution_and_query_addresses_from_the_export()
    {
        var (_, page) = await View(Valid, Query(Signed()));
        var fields = Of(page);
        Assert.Equal("不公开（仅印在纸质证书上）", fields["id-number"]);
        fields.Remove("id-number");
        Assert.Equal(new Dictionary<string, string>
        {
            ["holder-name"] = "张三明", ["document-type"] = "居民身份证", ["occupation"] = "车工", ["trade"] = "数控车工", ["level"] = "四级/中级工",
            ["number"] = Valid, ["institution"] = "忻州示例000001有限公司", ["issued-on"] = "2024年9月18日",
            ["certificate-query-url"] = "http://jndj.osta.org.cn/", ["institution-query-url"] = "http://pjjg.osta.org.cn/",
        }, fields);
    }

    public static TheoryData<string, string> ClaimsThatDoNotVouch => new()
    {
        { "changed", "链接已被改动" },
        { "mismatch", "与证书记录不符" },
        { "unknown", "未公布的签名密钥" },
        { "damaged", "缺失或已损坏" },
    };

    [Theory]
    [MemberData(nameof(ClaimsThatDoNotVouch))]
    public async Task Claims_that_do_not_vouch_for_the_record_are_tampered_show_only_the_masked_name_and_say_why(string kind, string reason)
    {
        using var stranger = SigningKey.Create();
        var query = kind switch
        {
            "changed" => Query(Signed() with { Claims = Signed().Claims with { Name = "张三民" } }),
            "mismatch" => Query(Signed(name: "张三民")),
            "unknown" => Query(stranger.Sign(Signed().Claims)),
            _ => Query(Signed()).Replace("&s=", "&x=", StringComparison.Ordinal),
        };
        var (response, page) = await View(Valid, query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("tampered", Verdict(page));
        Assert.Equal("张*明", Field(page, "holder-name"));
        Assert.Null(page.QuerySelector(".qr-code"));
        Assert.Contains(reason, page.QuerySelector(".verdict")!.TextContent, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl is { NoStore: true });
    }

    [Fact]
    public async Task A_revoked_certificate_is_marked_revoked_with_its_date_and_reason()
    {
        var (_, page) = await View(Revoked, Query(Signed(Revoked, "李晓燕", issued: "2024-09-20")));
        Assert.Equal("revoked", Verdict(page));
        Assert.NotNull(page.QuerySelector(".sheet.revoked .watermark"));
        Assert.Equal("本证书已于2025年1月10日撤销。撤销原因：以不正当手段取得证书", page.QuerySelector(".revocation")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_number_is_404_and_a_malformed_one_400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await View("Y000014000001244009999")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await View("X0000")).Response.StatusCode);
    }

    [Fact]
    public async Task The_views_stylesheet_is_served_from_the_templates()
    {
        using var response = await _client.GetAsync("/assets/certificate.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.MediaType());
        Assert.Contains("@page { size: A4 portrait", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_verdicts_stylesheet_is_served_from_the_templates()
    {
        using var response = await _client.GetAsync("/assets/verdict.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(".verdict-genuine", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string? Verdict(IDocument page) => page.QuerySelector("[data-verdict]")?.GetAttribute("data-verdict");

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 calls IAsyncLifetime on a test class, not IAsyncDisposable: this is what removes the temporary folders.
    public async Task DisposeAsync()
    {
        _client.Dispose();
        _key.Dispose();
        await _app.DisposeAsync();
        _s.Dispose();
    }
}
