using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// The service's own lines about its export and its ID key read in Chinese by default and in English with
/// SkillCert:Language=en, as its refusals do; an operator reads what was loaded, what was retired and why lookups are off.
/// </summary>
public partial class ExportLogLanguageTests
{
    private static readonly Dictionary<string, string?> English = new() { ["SkillCert:Language"] = "en" };

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    private static string Line(VerifyApplication app, string start, string contains) =>
        Assert.Single(app.Logs, l => l.StartsWith(start, StringComparison.Ordinal) && l.Contains(contains, StringComparison.Ordinal));

    [Fact]
    public async Task The_loaded_export_is_logged_in_Chinese()
    {
        await using var app = new VerifyApplication();
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/readyz")).StatusCode);
        Assert.Contains("已加载导出文件 certificates.db（数据版本 version-one）：", Line(app, "Information", "certificates.db"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_language_set_to_English_the_loaded_export_is_logged_in_English()
    {
        await using var app = new VerifyApplication(settings: English);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/readyz")).StatusCode);
        var line = Line(app, "Information", "certificates.db");
        Assert.Contains("Export version-one loaded from certificates.db", line, StringComparison.Ordinal);
        Assert.DoesNotMatch(Han(), line);
    }

    [Fact]
    public async Task A_retired_export_is_logged_in_Chinese_with_the_version_that_took_over()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        ExportFixture.Publish(app.ExportPath, p => ExportFixture.Write(p, "version-two"));
        await Eventually.True(async () => (await (await client.GetAsync("/readyz")).JsonAsync()).GetProperty("exportVersion").GetString() == "version-two",
            "the second export is in service");
        await Eventually.True(() => Task.FromResult(app.Logs.Any(l => l.Contains("已停用", StringComparison.Ordinal))), "the retirement is logged");
        Assert.Contains("数据版本 version-one 已停用，由 version-two 接替", Line(app, "Information", "已停用"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_without_an_ID_key_logs_SC9014_in_Chinese()
    {
        await using var app = new VerifyApplication(withIdKey: false);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/readyz")).StatusCode);
        Assert.Contains("SkillCert:IdKey: 警告 SC9014: 没有配置证件号码密钥（SkillCert:IdKey）", Line(app, "Warning", "SC9014"), StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task With_the_language_set_to_English_a_refused_ID_key_is_logged_in_English()
    {
        await using var app = new VerifyApplication(settings: English, placeIdKey: folder =>
        {
            var path = Path.Combine(folder, "id.key");
            File.WriteAllBytes(path, new byte[31]);
            File.SetUnixFileMode(path, UnixFileMode.UserRead);
            return path;
        });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Client().GetAsync("/readyz")).StatusCode);
        var line = Line(app, "Error", "SC9012");
        Assert.Contains($"{app.IdKeyPath}: error SC9012: {app.IdKeyPath}, given by SkillCert:IdKey, holds no ID key", line, StringComparison.Ordinal);
        Assert.DoesNotMatch(Han(), line);
    }

    [Fact]
    public async Task Readyz_names_a_refused_ID_keys_code_and_gives_its_reason_in_Chinese()
    {
        await using var app = new VerifyApplication(placeIdKey: folder => Path.Combine(folder, "missing.key"));
        var body = await (await app.Client().GetAsync("/readyz")).JsonAsync();
        Assert.Equal("SC9010", body.GetProperty("code").GetString());
        Assert.StartsWith("按姓名和证件号码查询所需的密钥不可用：证件号码密钥文件 missing.key 不存在", body.GetProperty("detailZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, body.GetProperty("detail").ValueKind);
    }
}
