using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SkillCert.Benchmarks.Export;

/// One command run under GNU time -v: its wall time, its CPU time (user + system) and its peak resident memory, read from
/// time's report. On a shared machine the CPU time says what the wall time cannot.
internal sealed partial record TimedRun(double Seconds, double CpuSeconds, long PeakKilobytes)
{
    public static TimedRun Of(string command, IEnumerable<string> arguments, string? stdin, string log)
    {
        var report = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardInput = stdin is not null, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["-v", "-o", report, command, .. arguments]) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            using (var input = File.OpenRead(stdin)) input.CopyTo(process.StandardInput.BaseStream);
            process.StandardInput.Close();
        }
        process.WaitForExit();
        File.WriteAllText(log, output.Result + errors.Result);
        var text = File.ReadAllText(report);
        File.Delete(report);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} failed (exit {process.ExitCode}); see {log}");
        var wall = Wall().Match(text).Groups[1].Value.Split(':').Aggregate(0.0, (sum, part) => sum * 60 + double.Parse(part, CultureInfo.InvariantCulture));
        var peak = long.Parse(Peak().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var cpu = double.Parse(UserTime().Match(text).Groups[1].Value, CultureInfo.InvariantCulture)
            + double.Parse(SystemTime().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        return new TimedRun(wall, cpu, peak);
    }

    [GeneratedRegex(@"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)")]
    private static partial Regex Wall();

    [GeneratedRegex(@"User time \(seconds\): ([\d.]+)")]
    private static partial Regex UserTime();

    [GeneratedRegex(@"System time \(seconds\): ([\d.]+)")]
    private static partial Regex SystemTime();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex Peak();
}
