using SkillCert.Core.Signing;
using SkillCert.Tests.Integration.Cli;

namespace SkillCert.Tests.Integration.Certificates;

/// The rules of `skillcert certificates`: which keys it accepts, which rows it prints, and what it leaves alone.
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class CertificatesCommandTests
{
    [Fact]
    public void Each_certificate_is_written_to_a_file_named_by_its_number_beside_the_stylesheet()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "张三明"), s.Export.Line(name: "李晓燕", gender: "女"));
        var result = s.Exported().Render();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(s.Numbers().Select(n => n + ".html").Append("certificate.css"),
            Directory.EnumerateFiles(s.OutDir, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal).Cast<string>());
        Assert.Contains("生成了 2 本证书（HTML）", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signing_key_that_the_export_does_not_publish_is_refused()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line());
        var result = s.Exported().Render(signingKey: s.Export.NewSigningKey("stranger.pem"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("发布的密钥，它签的二维码没有人会信任", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(s.OutDir));
    }

    [Fact]
    public void A_retired_signing_key_is_refused_in_favour_of_the_current_one()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line());
        var current = s.Export.NewSigningKey("current.pem");
        var result = s.Exported(s.SigningKey, current).Render(signingKey: s.SigningKey);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("已于 2025-06-30 停用", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, s.Render(signingKey: current).ExitCode);
    }

    [Fact]
    public void A_revoked_signing_key_is_refused_and_said_to_be_revoked()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line());
        using var leaked = SigningKey.FromPem(File.ReadAllText(s.SigningKey));
        var current = s.Export.NewSigningKey("current.pem");
        Assert.Equal(0, s.Export.Revoking([leaked.KeyId], s.SigningKey, current).ExitCode);
        var result = s.Render(signingKey: s.SigningKey);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("已于 2025-06-30 吊销", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_key_other_than_the_exports_is_refused()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line());
        var other = Path.Combine(s.Export.Root, "keys", "other.key");
        File.WriteAllBytes(other, Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());
        var result = s.Exported().Render(idKey: other);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("用的证件号码密钥", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_added_after_the_export_fails_at_its_line_and_leaves_the_printed_certificates_as_they_were()
    {
        using var s = new CertificateScenario();
        var first = s.Export.Line(name: "张三明");
        s.Export.Roster("000001", "2024-3", first);
        Assert.Equal(0, s.Exported().Render().ExitCode);
        var before = Directory.EnumerateFiles(s.OutDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        var roster = s.Export.Roster("000001", "2024-3", first, s.Export.Line(name: "李晓燕", gender: "女"));
        var result = s.Render();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{Path.Combine(s.Export.Rosters, "000001", "2024-3.csv")}:3: 错误 SC7003: 证书编号：导出文件里没有这个人这一职业（工种）、等级和发证日期的证书", result.Stderr,
            StringComparison.Ordinal);
        Assert.Contains("什么也没有写入", result.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(roster));
        Assert.Equal(before.Keys.Order(), Directory.EnumerateFiles(s.OutDir, "*", SearchOption.AllDirectories).Order());
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }

    [Fact]
    public void A_revoked_certificate_is_listed_with_its_reason_and_not_printed()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "张三明"), s.Export.Line(name: "李晓燕", gender: "女", issued: "2024-09-20"));
        s.Export.Revocations("Y000014000001244000002,2025-01-10,以不正当手段取得证书");
        var result = s.Exported().Render();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("跳过：Y000014000001244000002 已于 2025-01-10 撤销（以不正当手段取得证书）", result.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(s.OutDir, "Y000014000001244000001.html")));
        Assert.False(File.Exists(Path.Combine(s.OutDir, "Y000014000001244000002.html")));
        Assert.Contains("1 本已撤销，没有打印", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_a_revoked_certificate_by_its_number_is_an_error()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "张三明"));
        s.Export.Revocations("Y000014000001244000001,2025-01-10,以不正当手段取得证书");
        var result = s.Exported().Render(numbers: "Y000014000001244000001");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("错误：Y000014000001244000001 已于", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(s.OutDir));
    }

    [Fact]
    public void Only_the_numbers_asked_for_are_rendered_however_they_are_typed()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "张三明"), s.Export.Line(name: "李晓燕", gender: "女", issued: "2024-09-20"));
        Assert.Equal(0, s.Exported().Render(numbers: "y0000-14000001-244000002").ExitCode);
        Assert.Equal(["Y000014000001244000002.html"], Directory.EnumerateFiles(s.OutDir, "*.html").Select(Path.GetFileName));
    }

    [Fact]
    public void A_number_that_no_roster_row_has_is_a_usage_error()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "张三明"));
        var result = s.Exported().Render(numbers: "Y000014000001244000009");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--numbers Y000014000001244000009：", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("的花名册里没有这本证书的行", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_without_the_query_addresses_of_attachment_6_cannot_render_certificates()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line());
        s.Exported();
        var site = Path.Combine(s.Export.Content, "site.yml");
        File.WriteAllLines(site, File.ReadAllLines(site).Where(l => !l.StartsWith("institution_query_url", StringComparison.Ordinal)));
        var result = s.Render();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{site}: 错误 SC2001: 生成证书需要 institution_query_url", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_runs_as_skillcert_certificates_and_prints_what_it_wrote()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "张三明"));
        s.Exported();
        var (code, stdout, stderr) = await SkillcertProcess.RunAsync("certificates", "--rosters", s.Export.Rosters, "--export", s.Export.Out,
            "--signing-key", s.SigningKey, "--id-key", s.Export.IdKey, "--out", s.OutDir, "--content", s.Export.Content,
            "--templates", Build.RepositoryPaths.SiteTemplates, "--as-of", Export.ExportScenario.AsOf);
        Assert.True(code == 0, stderr);
        Assert.Contains($"生成了 1 本证书（HTML），写入 {s.OutDir}", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(s.OutDir, "Y000014000001244000001.html")));
    }

    // The one path through PuppeteerSharp and PDFsharp in a skillcert process: test.sh runs it again on the native build.
    [Fact]
    public async Task The_command_prints_a_pdf_through_chromium_as_a_process_too()
    {
        using var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "张三明"));
        s.Exported();
        var (code, stdout, stderr) = await SkillcertProcess.RunAsync("certificates", "--format", "pdf", "--rosters", s.Export.Rosters,
            "--export", s.Export.Out, "--signing-key", s.SigningKey, "--id-key", s.Export.IdKey, "--out", s.OutDir,
            "--content", s.Export.Content, "--templates", Build.RepositoryPaths.SiteTemplates, "--as-of", Export.ExportScenario.AsOf);
        Assert.True(code == 0, stdout + stderr);
        var pdf = await File.ReadAllBytesAsync(Path.Combine(s.OutDir, "Y000014000001244000001.pdf"));
        Assert.Equal(1, PdfPages.Count(pdf));
        var (width, height) = PdfPages.Size(pdf);
        Assert.Equal(PdfPages.A4Short, width, 1.5);
        Assert.Equal(PdfPages.A4Long, height, 1.5);
        Assert.Contains("/Subject", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }
}
