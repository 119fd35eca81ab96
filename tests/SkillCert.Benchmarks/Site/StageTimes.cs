namespace SkillCert.Benchmarks.Site;

/// <summary>One build's wall time, per stage and in total, the CPU time per stage, and how many files it rendered.</summary>
public sealed record StageTimes(double Total, IReadOnlyDictionary<string, double> Stages, IReadOnlyDictionary<string, double> Cpu, int Rendered);
