using System.Text.Json;

namespace SkillCert.Tests.Integration.Cli;

/// The command line's own mistakes, as an administrator types them: diagnostics in Chinese by default, in English with
/// --lang en or SKILLCERT_LANG=en, one JSON object a line with --json, and always exit code 2. Help follows the same language.
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class ParseErrorTests
{
    private static readonly Dictionary<string, string> English = new() { ["SKILLCERT_LANG"] = "en" };

    [Fact]
    public async Task A_misspelt_option_is_reported_in_chinese_with_where_to_find_the_options()
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync("build", "--as-off", "2025-01-01");
        Assert.Equal(2, code);
        Assert.Contains("skillcert build: 错误 SC9020: 不认识的选项 --as-off", stderr, StringComparison.Ordinal);
        Assert.Contains("运行 skillcert build --help 查看用法", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_en_reports_a_misspelt_option_in_english()
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync("build", "--as-off", "2025-01-01", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("skillcert build: error SC9020: unknown option --as-off", stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'skillcert build --help' for usage.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("错误", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_not_written_yyyy_MM_dd_is_reported_in_chinese()
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync("build", "--as-of", "2025/1/1");
        Assert.Equal(2, code);
        Assert.Contains("skillcert build: 错误 SC9022: --as-of 的值“2025/1/1”不是 yyyy-MM-dd 格式的日期", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_skillcert_lang_variable_reports_a_bad_date_in_english()
    {
        var (code, _, stderr) = await SkillcertProcess.RunWithEnvironmentAsync(English, "build", "--as-of", "2025/1/1");
        Assert.Equal(2, code);
        Assert.Contains("skillcert build: error SC9022: --as-of \"2025/1/1\" is not a date", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_reported_in_chinese()
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync("biuld");
        Assert.Equal(2, code);
        Assert.Contains("skillcert: 错误 SC9020: 没有命令“biuld”", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_is_reported_in_chinese()
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync("keys", "new", "--id-key");
        Assert.Equal(2, code);
        Assert.Contains("skillcert keys new: 错误 SC9021: 缺少必填的选项 --out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_prints_each_parse_error_as_one_object_and_no_hint()
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync("build", "--as-of", "2025/1/1", "--json");
        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal(("SC9022", "error", "skillcert build"), (json.RootElement.GetProperty("code").GetString(),
            json.RootElement.GetProperty("severity").GetString(), json.RootElement.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Help_is_chinese_by_default()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("export", "--help");
        Assert.Equal(0, code);
        Assert.Contains("用法：", stdout, StringComparison.Ordinal);
        Assert.Contains("选项：", stdout, StringComparison.Ordinal);
        Assert.Contains("检查花名册，写出证书导出文件", stdout, StringComparison.Ordinal);
        Assert.Contains("（必填）", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("(REQUIRED)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_english_with_lang_en()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("export", "--help", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        Assert.Contains("Check the rosters and write the certificate export", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("用法", stdout, StringComparison.Ordinal);
    }
}
