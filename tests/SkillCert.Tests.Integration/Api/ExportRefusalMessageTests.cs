using System.Net;
using System.Text.RegularExpressions;
using SkillCert.Core.Diagnostics;
using SkillCert.Core.Exports;
using SkillCert.VerifyApi.Exports;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// The service's refusals of an export reach the operator as diagnostics: the log line in Chinese with its SC81xx code
/// by default and in English with SkillCert:Language=en, and /readyz with the code and both languages.
/// </summary>
public partial class ExportRefusalMessageTests
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    private static string Refusal(VerifyApplication app, string code) =>
        Assert.Single(app.Logs, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains(code, StringComparison.Ordinal));

    [Fact]
    public async Task The_refusal_of_a_truncated_export_is_logged_in_Chinese_with_its_code()
    {
        await using var app = new VerifyApplication(writeExport: ExportFixture.WriteTruncated);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Client().GetAsync("/readyz")).StatusCode);
        Assert.Contains("certificates.db: 错误 SC8103: 导出文件 certificates.db 不完整：只有 ", Refusal(app, "SC8103"), StringComparison.Ordinal);
        Assert.Contains("没有采用这个文件，仍在使用 无", Refusal(app, "SC8103"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_language_set_to_English_the_refusal_is_logged_in_English()
    {
        await using var app = new VerifyApplication(writeExport: ExportFixture.WriteTruncated,
            settings: new Dictionary<string, string?> { ["SkillCert:Language"] = "en" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Client().GetAsync("/readyz")).StatusCode);
        Assert.Contains("certificates.db: error SC8103: the export file certificates.db is truncated", Refusal(app, "SC8103"), StringComparison.Ordinal);
        Assert.DoesNotMatch(Han(), Refusal(app, "SC8103"));
    }

    [Fact]
    public async Task Readyz_names_the_refusals_code_and_gives_its_reason_in_Chinese_and_English()
    {
        await using var app = new VerifyApplication(writeExport: p => ExportFixture.Write(p, schemaVersion: "4"));
        var body = await (await app.Client().GetAsync("/readyz")).JsonAsync();
        Assert.Equal(DiagnosticCodes.ExportVersion, body.GetProperty("code").GetString());
        Assert.StartsWith("证书数据尚未加载：导出文件 certificates.db 的数据版本是 4", body.GetProperty("detailZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("schema version 4", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_without_an_export_logs_SC8100_in_Chinese()
    {
        await using var app = new VerifyApplication(withExport: false, settings: new Dictionary<string, string?> { ["SkillCert:Export"] = "" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Client().GetAsync("/readyz")).StatusCode);
        Assert.Contains("SkillCert:Export: 警告 SC8100: 没有配置导出文件", Refusal(app, "SC8100"), StringComparison.Ordinal);
    }

    /// Every reason the service can give: each service code has one, and each reads in Chinese, not copied from its English.
    public static TheoryData<string> Reasons => new(AllReasons().Select(d => d.Code + " " + d.MessageEn));

    private static IEnumerable<Diagnostic> AllReasons() =>
    [
        RefusalReasons.NotConfigured(), RefusalReasons.Missing("a.db"), RefusalReasons.Empty("a.db"), RefusalReasons.TooShort("a.db", 40),
        RefusalReasons.Truncated("a.db", 4096, 8192), RefusalReasons.NotDatabase("a.db"), RefusalReasons.NoVersion("a.db"),
        RefusalReasons.Header("a.db", new ExportProblem(ExportProblemKind.NotAnExport, "没有 meta 表", "has no meta table")),
        RefusalReasons.Header("a.db", new ExportProblem(ExportProblemKind.UnreadableVersion, "的数据版本是 4", "has schema version 4") { FoundVersion = "4" }),
        RefusalReasons.Header("a.db", new ExportProblem(ExportProblemKind.MissingTables, "缺少数据表 keys", "lacks the table(s) keys")),
        RefusalReasons.IdKeyMismatch("a.db", new("导出文件 a.db 是用另一把证件号码密钥导出的", "the export file a.db was made with another ID key")),
        RefusalReasons.Damaged("a.db", "page 3"), RefusalReasons.Unreadable("a.db", "disk I/O error"),
        RefusalReasons.UnreadableFiling("a.db", "000001", "bad JSON"), RefusalReasons.Failed("a.db", "boom"),
        RefusalReasons.Locked("a.db", "database is locked"), RefusalReasons.Replaced("a.db"),
    ];

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Each_refusal_reads_in_Chinese_not_copied_from_its_English(string reason)
    {
        var d = AllReasons().Single(r => r.Code + " " + r.MessageEn == reason);
        Assert.StartsWith("SC81", d.Code, StringComparison.Ordinal);
        Assert.True(Han().Matches(d.Message).Count > Han().Matches(d.MessageEn).Count, $"{d.Code}: {d.Message}");
    }

    [Fact]
    public void Every_service_code_is_some_refusals_code()
    {
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).Where(c => c.StartsWith("SC81", StringComparison.Ordinal));
        Assert.All(codes, code => Assert.Contains(AllReasons(), r => r.Code == code));
    }
}
