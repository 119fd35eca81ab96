using SkillCert.Core.Signing;
using SkillCert.Rendering.Certificates;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Build;
using Xunit.Abstractions;
using static SkillCert.Tests.Integration.Certificates.PrintedFields;

namespace SkillCert.Tests.Integration.Certificates;

/// What a printed certificate shows: every field of attachment 6, from the roster and its export.
public class PrintedCertificateTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_field_of_attachment_6_is_printed_with_the_holders_values()
    {
        using var s = new CertificateScenario();
        var id = s.Export.NewId();
        s.Export.Roster("000001", "2024-3", s.Export.Line(id: id, name: "张三明", trade: "数控车工", level: "4", issued: "2024-09-18"));
        Assert.Equal(0, s.Exported().Render().ExitCode);
        var number = Assert.Single(s.Numbers());
        var page = s.Page(number);
        Assert.Equal(new Dictionary<string, string>
        {
            ["holder-name"] = "张三明", ["document-type"] = "居民身份证", ["id-number"] = id, ["occupation"] = "车工", ["trade"] = "数控车工",
            ["level"] = "四级/中级工", ["number"] = number, ["institution"] = "忻州示例000001有限公司", ["issued-on"] = "2024年9月18日",
            ["certificate-query-url"] = "http://jndj.osta.org.cn/", ["institution-query-url"] = "http://pjjg.osta.org.cn/",
        }, Of(page));
        Assert.NotNull(page.QuerySelector(".qr-code svg"));
    }

    [Fact]
    public void A_certificate_of_an_occupation_without_a_trade_prints_a_dash_for_it()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "李晓燕", gender: "女", code: "6-31-01-03", occupation: "电工", trade: "—"));
        Assert.Equal(0, s.Exported().Render().ExitCode);
        Assert.Equal(CertificateFace.NoTrade, Field(s.Page(Assert.Single(s.Numbers())), "trade"));
    }

    [Fact]
    public void The_institutions_name_is_printed_exactly_as_filed_and_escaped()
    {
        using var s = new CertificateScenario();
        s.Export.Institution("000001", "Y", "2022-01-01", "", """
              - {code: "6-18-01-01", levels: [5, 4, 3]}
            """, name: "忻州<精密>机械&装备有限责任公司");
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "王建国"));
        Assert.Equal(0, s.Exported().Render().ExitCode);
        var number = Assert.Single(s.Numbers());
        Assert.Equal("忻州<精密>机械&装备有限责任公司", Field(s.Page(number), "institution"));
        Assert.Contains("忻州&lt;精密&gt;机械&amp;装备有限责任公司", s.Html(number), StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_has_no_inline_style_or_script_which_the_services_content_security_policy_forbids()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "赵丽华", gender: "女"));
        Assert.Equal(0, s.Exported().Render().ExitCode);
        var page = s.Page(Assert.Single(s.Numbers()));
        Assert.Empty(page.QuerySelectorAll("style, script, [style]"));
        Assert.Equal("assets/certificate.css", page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(s.OutDir, "assets", "certificate.css")));
    }

    [Fact]
    public void A_three_character_name_keeps_the_QR_code_within_version_10_under_the_real_verify_url()
    {
        var loaded = ContentLoader.Load(Path.Combine(RepositoryPaths.Root, "content"), new DateOnly(2026, 1, 1), new DiagnosticBag());
        Assert.NotNull(loaded);
        using var key = SigningKey.Create();
        var link = QrLink.Build(loaded.Catalogue.Site.VerifyUrl, key.Sign(new QrClaims("Y000014000001253000123", "欧阳娜", 3, new DateOnly(2025, 12, 31))));
        var version = QrCodeImage.Version(link);
        output.WriteLine($"{link.Length} characters, QR version {version} at level Q: {link}");
        Assert.InRange(version, 1, 10);
    }
}
