using System.Text.RegularExpressions;

namespace SkillCert.Tests.Integration.Cli;

/// <summary>Every command's help shows dates the way its options take them, yyyy-MM-dd, whatever the machine's locale.</summary>
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public partial class HelpTests
{
    public static TheoryData<string, string> CommandsAndLocales()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in new[] { "build", "check", "export", "certificates", "forms", "keys", "roster-template", "verify-qr", "decode" })
        {
            foreach (var locale in new[] { "C.UTF-8", "en_US.UTF-8", "zh_CN.UTF-8" }) data.Add(command, locale);
        }
        return data;
    }

    // A date in any other form: 12/06/2026, 2026/12/6, 6.12.2026.
    [GeneratedRegex(@"\b\d{1,4}[/.]\d{1,2}[/.]\d{1,4}\b")]
    private static partial Regex OtherDateForm();

    [GeneratedRegex(@"\[(?:default|默认值): (?<day>[^\]]*)\]")]
    private static partial Regex Default();

    [Theory]
    [MemberData(nameof(CommandsAndLocales))]
    public async Task A_commands_help_shows_every_date_as_yyyy_MM_dd(string command, string locale)
    {
        var (exit, stdout, stderr) = await SkillcertProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale }, command, "--help");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotMatch(OtherDateForm(), stdout);
        var asOf = stdout.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("--as-of", StringComparison.Ordinal));
        if (asOf is null) return;
        Assert.Contains("--as-of <yyyy-MM-dd>", asOf, StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", Default().Match(asOf).Groups["day"].Value);
    }

    [Theory]
    [InlineData("certificates")]
    [InlineData("forms")]
    public async Task The_format_options_default_is_named_as_a_user_types_it(string command)
    {
        var (exit, stdout, stderr) = await SkillcertProcess.RunAsync(command, "--help");
        Assert.True(exit == 0, stderr);
        var format = stdout.Split('\n').Single(l => l.TrimStart().StartsWith("--format", StringComparison.Ordinal));
        Assert.Contains("html（", format, StringComparison.Ordinal);
        Assert.Contains("默认", format, StringComparison.Ordinal);
        Assert.DoesNotContain("Html", format, StringComparison.Ordinal);
    }

    public static TheoryData<string> Commands() =>
        new(["build", "check", "export", "certificates", "forms", "roster-template", "verify-qr", "decode", "diagnostics", "serve", "keys new", ""]);

    // The columns a terminal draws: CJK characters and full-width punctuation take two.
    private static int Columns(string text) => text.Sum(c => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFF60' ? 2 : 1);

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_description_in_a_section_starts_in_the_same_terminal_column(string command)
    {
        var (exit, stdout, stderr) = await SkillcertProcess.RunAsync([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
        Assert.True(exit == 0, stderr);
        foreach (var section in stdout.Split("\n\n"))
        {
            var rows = section.Split('\n').Skip(1).Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.IndexOf("  ", 2, StringComparison.Ordinal) > 0);
            var starts = rows.Select(l =>
            {
                var gap = l.IndexOf("  ", 2, StringComparison.Ordinal);
                var description = gap + l[gap..].TakeWhile(c => c == ' ').Count();
                return Columns(l[..description]);
            }).Distinct().ToList();
            Assert.True(starts.Count <= 1, $"{command} --help: descriptions start in columns {string.Join(", ", starts)}:\n{section}");
        }
    }

    [Fact]
    public async Task Placeholders_say_in_Chinese_what_to_write()
    {
        var (_, stdout, _) = await SkillcertProcess.RunAsync("export", "--help");
        Assert.Contains("--rosters <文件夹> （必填）", stdout, StringComparison.Ordinal);
        Assert.Contains("--out <文件> （必填）", stdout, StringComparison.Ordinal);
        Assert.Contains("--revoke-key <密钥编号>", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<rosters>", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_help_keeps_English_placeholders()
    {
        var (_, stdout, _) = await SkillcertProcess.RunAsync("export", "--help", "--lang", "en");
        Assert.Contains("--rosters <dir> (REQUIRED)", stdout, StringComparison.Ordinal);
        Assert.Contains("--out <file> (REQUIRED)", stdout, StringComparison.Ordinal);
    }
}
