using System.Globalization;
using System.Text.RegularExpressions;

namespace SkillCert.Tests.Integration.Corpus;

/// <summary>Checks what a command printed against a case's expected lines.</summary>
public static partial class CorpusOutput
{
    [GeneratedRegex(@"(?<errors>\d+) (?:个错误|errors?)(?:，|, )\d+ (?:个警告|warnings?)")]
    private static partial Regex Counts();

    /// <summary>True for an expected line that is an error, in either language, rather than a warning.</summary>
    public static bool IsError(string line) =>
        line.Contains(": 错误 SC", StringComparison.Ordinal) || line.Contains(": error SC", StringComparison.Ordinal);

    /// <summary>
    /// Every expected line was printed, and the command counted exactly as many errors as the case expects, so a case
    /// proves both the messages an administrator sees and that nothing else went wrong.
    /// </summary>
    public static void Check(CorpusCase c, IReadOnlyList<string> expected, string printed, string summary)
    {
        var lines = printed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var missing = expected.Where(e => !lines.Any(l => CorpusCase.Matches(e, l))).ToList();
        Assert.True(missing.Count == 0, $"{c.Name}: not printed:\n  {string.Join("\n  ", missing)}\nprinted:\n{printed}");
        var expectedErrors = expected.Count(IsError);
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
