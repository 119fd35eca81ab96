using System.Text.Json;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Cli;

/// Every command prints its problems in Chinese by default, in English with --lang en or SKILLCERT_LANG=en, and as one
/// JSON object a line with --json; `skillcert diagnostics` explains a code.
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class DiagnosticOutputTests
{
    private static string[] Check(ContentTree tree, params string[] extra) =>
        ["check", "--content", tree.Dir, "--templates", RepositoryPaths.SiteTemplates, "--as-of", "2025-01-01", .. extra];

    private static string UnknownOccupation(ContentTree tree) => tree.Institution(1, scope: "  - {code: \"6-18-01-99\", levels: [5]}");

    [Fact]
    public async Task Problems_print_in_chinese_by_default()
    {
        using var tree = new ContentTree();
        var file = UnknownOccupation(tree);
        var (code, stdout, stderr) = await SkillcertProcess.RunAsync(Check(tree));
        Assert.Equal(1, code);
        Assert.Contains($"{file}:15:12: 错误 SC2104: 职业编码“6-18-01-99”不存在", stderr, StringComparison.Ordinal);
        Assert.Contains("1 个错误，0 个警告", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_en_prints_the_english_message_and_counts()
    {
        using var tree = new ContentTree();
        var file = UnknownOccupation(tree);
        var (code, stdout, stderr) = await SkillcertProcess.RunAsync(Check(tree, "--lang", "en"));
        Assert.Equal(1, code);
        Assert.Contains($"{file}:15:12: error SC2104: unknown occupation code \"6-18-01-99\"", stderr, StringComparison.Ordinal);
        Assert.Contains("1 error, 0 warnings", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_skillcert_lang_variable_chooses_english_when_no_lang_is_given()
    {
        using var tree = new ContentTree();
        var file = UnknownOccupation(tree);
        var (_, _, stderr) = await SkillcertProcess.RunWithEnvironmentAsync(new Dictionary<string, string> { ["SKILLCERT_LANG"] = "en" }, Check(tree));
        Assert.Contains($"{file}:15:12: error SC2104:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_prints_each_problem_as_one_object_with_both_messages()
    {
        using var tree = new ContentTree();
        var file = UnknownOccupation(tree);
        var (code, _, stderr) = await SkillcertProcess.RunAsync(Check(tree, "--json"));
        Assert.Equal(1, code);
        var line = Assert.Single(stderr.Split('\n'), l => l.StartsWith('{'));
        using var json = JsonDocument.Parse(line);
        var d = json.RootElement;
        Assert.Equal(["code", "severity", "file", "line", "column", "message", "messageEn"], d.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("SC2104", "error", file, 15, 12), (d.GetProperty("code").GetString(), d.GetProperty("severity").GetString(),
            d.GetProperty("file").GetString(), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
        Assert.StartsWith("职业编码", d.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("unknown occupation code", d.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnostics_explains_a_code_with_its_fix_and_an_example()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("diagnostics", "SC2104");
        Assert.Equal(0, code);
        Assert.Contains("## SC2104 错误", stdout, StringComparison.Ordinal);
        Assert.Contains("怎么改：", stdout, StringComparison.Ordinal);
        Assert.Contains("例子：", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("## SC2105", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnostics_exits_two_for_a_code_that_does_not_exist()
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync("diagnostics", "SC9999");
        Assert.Equal(2, code);
        Assert.Contains("SC9999", stderr, StringComparison.Ordinal);
    }

    public static TheoryData<string[]> RefusedCommands() => new(
        ["export", "--rosters", "/nowhere", "--out", "x.db", "--signing-key", "a.pem", "--id-key", "id.key"],
        ["certificates", "--rosters", "/nowhere", "--export", "x.db", "--signing-key", "a.pem", "--id-key", "id.key", "--out", "out"],
        ["forms", "--rosters", "/nowhere", "--export", "x.db", "--out", "out"],
        ["roster-template", "--institution", "000001", "--out", "/nowhere/x.xlsx"],
        ["keys", "public", "/nowhere.pem"]);

    [Theory]
    [MemberData(nameof(RefusedCommands))]
    public async Task A_value_a_command_cannot_use_is_SC9023_at_the_command_as_json_too(string[] args)
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync([.. args, "--json"]);
        Assert.Equal(2, code);
        using var line = JsonDocument.Parse(stderr.Trim());
        Assert.Equal("SC9023", line.RootElement.GetProperty("code").GetString());
        Assert.StartsWith("skillcert ", line.RootElement.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Contains("/nowhere", line.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("/nowhere", line.RootElement.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
    }
}
