namespace SkillCert.Generator.Export;

/// <summary>Certificates issued in one calendar year; <see cref="ByLevel"/> is indexed by level code 1–5 (index 0 unused).</summary>
public sealed record YearStatistics(int Year, IReadOnlyList<int> ByLevel)
{
    public int Total => ByLevel.Sum();

    public int Level(int code) => ByLevel[code];
}
