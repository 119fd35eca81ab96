namespace SkillCert.Tests.Unit.Diagnostics;

/// One diagnostic prints as file:line:column, severity, code and message, in Chinese unless English is asked for.
public class DiagnosticTests
{
    private static readonly Diagnostic Unknown = new(Severity.Error, "SC2104", "content/institutions/000001.yml", 16, 12,
        "职业编码“6-18-02-99”不存在", "unknown occupation code \"6-18-02-99\"");

    [Fact]
    public void A_diagnostic_prints_in_chinese_by_default() =>
        Assert.Equal("content/institutions/000001.yml:16:12: 错误 SC2104: 职业编码“6-18-02-99”不存在", Unknown.ToString());

    [Fact]
    public void A_diagnostic_prints_its_english_message_and_severity_in_english() =>
        Assert.Equal("content/institutions/000001.yml:16:12: error SC2104: unknown occupation code \"6-18-02-99\"",
            Unknown.ToString(DiagnosticLanguage.English));

    [Fact]
    public void A_warning_is_a_warning_in_both_languages()
    {
        var warning = Unknown with { Severity = Severity.Warning };
        Assert.Contains(": 警告 SC2104: ", warning.ToString(), StringComparison.Ordinal);
        Assert.Contains(": warning SC2104: ", warning.ToString(DiagnosticLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_left_out_of_the_place() =>
        Assert.StartsWith("rosters/000001/2025-2.csv:2: 错误", (Unknown with { File = "rosters/000001/2025-2.csv", Line = 2, Column = 0 }).ToString(),
            StringComparison.Ordinal);

    [Fact]
    public void A_problem_of_a_whole_file_names_the_file_alone() =>
        Assert.StartsWith("content/site.yml: 错误", (Unknown with { File = "content/site.yml", Line = 0, Column = 0 }).ToString(), StringComparison.Ordinal);
}
