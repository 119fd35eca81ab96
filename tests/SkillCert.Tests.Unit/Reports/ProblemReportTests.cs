using CsCheck;
using SkillCert.Core.Reports;

namespace SkillCert.Tests.Unit.Reports;

public class ProblemReportTests
{
    /// Any text without lone surrogates, which no page could hold: Chinese, punctuation, &, =, %, line breaks.
    private static readonly Gen<string> Text = Gen.String[Gen.Char['\u0001', '\uD7FF'], 0, 40];

    private static readonly Uri Page = new("https://verify.example.test/c/Y000014000001213000001");

    /// Reads a mailto: link back as a mail program does: the address, then each header percent-decoded as UTF-8.
    private static (string To, Dictionary<string, string> Headers) Read(string mailTo)
    {
        var uri = new Uri(mailTo);
        Assert.Equal("mailto", uri.Scheme);
        var headers = uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);
        return (Uri.UnescapeDataString(mailTo["mailto:".Length..mailTo.IndexOf('?', StringComparison.Ordinal)]), headers);
    }

    [Fact]
    public void A_certificate_report_names_the_number_the_verdict_and_the_page()
    {
        var report = ProblemReport.OfCertificate("Y000014000001213000001", "证书已撤销", Page);
        var (to, headers) = Read(report.MailTo("jianding@example.test"));
        Assert.Equal("jianding@example.test", to);
        Assert.Equal("反映证书问题：Y000014000001213000001", headers["subject"]);
        Assert.StartsWith("证书编号：Y000014000001213000001\r\n核验结果：证书已撤销\r\n页面地址：https://verify.example.test/c/Y000014000001213000001\r\n",
            headers["body"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_institution_report_names_the_institution_its_code_and_the_page()
    {
        var report = ProblemReport.OfInstitution("忻州恒晟重型机械制造有限公司", "000001", new Uri("https://catalogue.example.test/catalogue/000001/"));
        var (_, headers) = Read(report.MailTo("a@example.test"));
        Assert.Equal("反映评价机构问题：忻州恒晟重型机械制造有限公司（机构代码 000001）", headers["subject"]);
        Assert.Contains("机构代码：000001\r\n页面地址：https://catalogue.example.test/catalogue/000001/\r\n", headers["body"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_address_keeps_its_at_sign() =>
        Assert.StartsWith("mailto:18334968063@163.com?", ProblemReport.OfCertificate("X", "Y", Page).MailTo("18334968063@163.com"), StringComparison.Ordinal);

    [Fact]
    public void Every_line_of_the_body_ends_with_CRLF() =>
        Assert.DoesNotContain('\n', ProblemReport.OfCertificate("X", "Y", Page).Body.Replace("\r\n", "", StringComparison.Ordinal));

    [Fact]
    public void Any_subject_and_facts_come_back_unchanged_from_the_link() =>
        Gen.Select(Text, Text.Array[0, 4]).Sample((subject, facts) =>
        {
            var report = new ProblemReport(subject, "", facts);
            var (_, headers) = Read(report.MailTo("a@example.test"));
            return headers["subject"] == subject && headers["body"] == report.Body;
        }, iter: PropertyRuns.Codes);
}
