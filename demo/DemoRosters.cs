using System.Globalization;
using System.Text.RegularExpressions;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.Demo;

/// <summary>
/// The demo's copy of the sample rosters, in its work folder: the samples as they are, except the batch in publicity,
/// whose dates move with the day the demo is built, so that its publicity is running on that day whatever the date.
/// </summary>
public static partial class DemoRosters
{
    /// <summary>The sample batch kept in publicity: its batch file's dates are shifted, its roster has none.</summary>
    public const string LiveBatch = "000001/2026-4.yml";

    /// <summary>How many days of its publicity have gone by on the day the demo is built.</summary>
    public const int DaysIntoPublicity = 3;

    /// <summary>Copies the samples into <paramref name="folder"/> (replacing an earlier copy) and returns it.</summary>
    public static string Prepare(RepositoryLayout repo, string folder, DateOnly today)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        foreach (var file in Directory.EnumerateFiles(repo.Rosters, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(repo.Rosters, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var live = Path.Combine(folder, LiveBatch);
        File.WriteAllText(live, Shift(File.ReadAllText(live), today));
        return folder;
    }

    /// <summary>The batch file with every date moved by the same number of days, so that the publicity began <see cref="DaysIntoPublicity"/> days before <paramref name="today"/>.</summary>
    public static string Shift(string batchFile, DateOnly today)
    {
        var from = PublicityFrom().Match(batchFile);
        if (!from.Success) throw new InvalidDataException($"{LiveBatch} has no publicity 'from' date to shift");
        var days = today.DayNumber - DaysIntoPublicity - Day(from.Groups["day"].Value).DayNumber;
        return AnyDay().Replace(batchFile, m => Day(m.Value).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"publicity:\s*\{\s*from:\s*(?<day>\d{4}-\d{2}-\d{2})")]
    private static partial Regex PublicityFrom();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex AnyDay();
}
