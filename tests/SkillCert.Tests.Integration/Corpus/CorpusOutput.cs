using System.Globalization;
using System.Text.RegularExpressions;

namespace SkillCert.Tests.Integration.Corpus;

/// <summary>Checks what a command printed against a case's expected lines.</summary>
public static partial class CorpusOutput
{
    [GeneratedRegex(@"(?<errors>\d+) errors?, \d+ warnings?")]
    private static partial Regex Counts();

    /// <summary>
    /// Every expected line was printed, and the command counted exactly as many errors as the case expects, so a case
    /// proves both the messages an administrator sees and that nothing else went wrong.
    /// </summary>
    public static void Check(CorpusCase c, string printed, string summary, Func<string, bool> isError)
    {
        var lines = printed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var missing = c.Expected.Where(e => !lines.Any(l => CorpusCase.Matches(e, l))).ToList();
        Assert.True(missing.Count == 0, $"{c.Name}: not printed:\n  {string.Join("\n  ", missing)}\nprinted:\n{printed}");
        var expectedErrors = c.Expected.Count(isError);
        if (c.ExitCode == 0)
        {
            Assert.True(expectedErrors == 0, $"{c.Name}: a case that succeeds lists no errors");
            return;
        }
        // The last count is the command's own verdict; stages may print theirs before it.
        var counted = Counts().Matches(summary).LastOrDefault();
        Assert.True(counted is not null, $"{c.Name}: no error count in:\n{summary}\n{printed}");
        Assert.True(expectedErrors == int.Parse(counted.Groups["errors"].Value, CultureInfo.InvariantCulture),
            $"{c.Name}: {counted.Value}, but expected.txt lists {expectedErrors} errors; printed:\n{printed}");
    }
}
