using System.Diagnostics;
using SkillCert.Generator.Build;

namespace SkillCert.Benchmarks.Site;

/// <summary>Build progress that records how long each stage took, from its start to its finish.</summary>
public sealed class StageClock : IBuildProgress
{
    private readonly Dictionary<string, Stopwatch> _running = [];

    public Dictionary<string, double> Times { get; } = [];

    public void Started(string stage, int total) => _running[stage] = Stopwatch.StartNew();

    public void Advanced(int count)
    {
    }

    public void Finished(string stage, string summary) =>
        Times[stage] = _running.TryGetValue(stage, out var clock) ? clock.Elapsed.TotalMilliseconds : 0;
}
