using System.Diagnostics;
using SkillCert.Generator.Build;

namespace SkillCert.Benchmarks.Site;

/// <summary>Build progress that records each stage's wall time and the CPU time the process spent in it.</summary>
public sealed class StageClock : IBuildProgress
{
    private readonly Dictionary<string, (Stopwatch Wall, TimeSpan Cpu)> _running = [];

    public Dictionary<string, double> Times { get; } = [];

    public Dictionary<string, double> CpuTimes { get; } = [];

    public void Started(string stage, int total) => _running.TryAdd(stage, (Stopwatch.StartNew(), Cpu()));

    public void Advanced(int count)
    {
    }

    public void Finished(string stage, string summary)
    {
        if (!_running.TryGetValue(stage, out var start)) return;
        Times[stage] = start.Wall.Elapsed.TotalMilliseconds;
        CpuTimes[stage] = (Cpu() - start.Cpu).TotalMilliseconds;
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
