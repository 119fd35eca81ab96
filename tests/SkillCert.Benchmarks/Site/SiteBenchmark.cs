using System.Diagnostics;
using System.Globalization;
using SkillCert.Generator.Build;
using SkillCert.Core.Diagnostics;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Benchmarks.Site;

/// <summary>
/// Times the build in-process, stage by stage: N cold builds, then N incremental rebuilds that each edit one
/// institution. Shows where the time goes; site-vs-hugo.sh compares whole processes with Hugo.
/// </summary>
public static class SiteBenchmark
{
    public static int Run(string[] args)
    {
        var content = Option(args, "--content") ?? "content";
        var templates = Option(args, "--templates") ?? "site-templates";
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var work = Directory.CreateTempSubdirectory("skillcert-site-bench-");
        try
        {
            var options = new BuildOptions(content, templates, Path.Combine(work.FullName, "_site"), new DateOnly(2025, 6, 1), NoCache: true);
            var cold = Enumerable.Range(0, runs).Select(_ => Time(options)).ToList();
            var edited = Directory.EnumerateFiles(Path.Combine(content, "institutions"), "*.yml").Order(StringComparer.Ordinal).Skip(1).First();
            var original = File.ReadAllText(edited);
            var incremental = new List<StageTimes>();
            try
            {
                for (var i = 0; i < runs; i++)
                {
                    File.WriteAllText(edited, original.Replace("name: \"", $"name: \"改{i}", StringComparison.Ordinal));
                    incremental.Add(Time(options with { NoCache = false }));
                }
            }
            finally
            {
                File.WriteAllText(edited, original);
            }
            Report("cold (--no-cache)", cold);
            Report("incremental (one institution edited)", incremental);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"incremental / cold = {Median(incremental.Select(t => t.Total)) / Median(cold.Select(t => t.Total)):0.000} (goal ≤ 0.05)"));
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static StageTimes Time(BuildOptions options)
    {
        var progress = new StageClock();
        var clock = Stopwatch.StartNew();
        var bag = new DiagnosticBag();
        var result = BuildPipeline.Run(options, bag, progress);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
        return new StageTimes(clock.Elapsed.TotalMilliseconds, progress.Times, progress.CpuTimes, result.Rendered.Count);
    }

    private static void Report(string title, List<StageTimes> runs)
    {
        Console.WriteLine($"{title}: {runs.Count} runs, median {Median(runs.Select(r => r.Total)):0} ms, {runs[^1].Rendered} files rendered");
        foreach (var stage in BuildPipeline.Stages.Select(s => s.Name))
            Console.WriteLine($"  {stage,-14} {Median(runs.Select(r => r.Stages.GetValueOrDefault(stage))),8:0} ms wall {Median(runs.Select(r => r.Cpu.GetValueOrDefault(stage))),8:0} ms cpu");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
