using System.Text.RegularExpressions;

namespace SkillCert.Tests.Integration.Cli;

/// <summary>Every command's help shows dates the way its options take them, yyyy-MM-dd, whatever the machine's locale.</summary>
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
}
