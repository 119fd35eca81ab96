using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Build;

/// <summary>
/// A build stage's name as the progress lines show it: Chinese unless <c>--lang en</c>, where the stage's own name
/// (load, check, …) is kept; the names stay the keys that stages and benchmarks use.
/// </summary>
public static class StageLabel
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["load"] = "读取", ["check"] = "检查", ["render"] = "生成页面", ["verify links"] = "检查链接", ["write"] = "写入", ["compress"] = "压缩",
    };

    public static string Of(string stage) => DiagnosticStyle.Current.English ? stage : Chinese.GetValueOrDefault(stage, stage);

    /// <summary>"生成页面：…（12 毫秒）", or "render: … (12 ms)" in English.</summary>
    public static string Line(string stage, string summary, long milliseconds) => DiagnosticStyle.Current.English
        ? $"{stage}: {summary} ({milliseconds} ms)"
        : $"{Of(stage)}：{summary}（{milliseconds} 毫秒）";
}
