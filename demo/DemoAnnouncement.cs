using SkillCert.Core.Verification;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Demo;

/// <summary>
/// The lines the demo prints once it listens: each sample page with its verdict in Chinese (and its JSON name), what it
/// shows and its address; then what to type into the home page's form by hand: a number and its holder's name, and a
/// wrong name for the mismatch.
/// </summary>
public static class DemoAnnouncement
{
    public static IEnumerable<string> Lines(string url, IReadOnlyList<DemoSample> samples)
    {
        var root = url.TrimEnd('/');
        var say = DiagnosticStyle.Current;
        yield return say.Say("  示例数据（虚构）。下面每个链接展示一种核验结论：", "  sample pages (invented data), one per verdict:");
        foreach (var sample in samples)
            yield return $"    {Headline(sample.Verdict)}（{sample.Verdict}）　{sample.Label}：{root}{sample.Path}";
        if (samples.FirstOrDefault(s => s.Verdict == VerdictSlugs.Of(Verdict.Genuine) && s.HolderName is not null) is { } typed)
        {
            yield return say.Say($"  也可以在首页 {root}/ 的“证书核验”里自己输入：", $"  or type into the form on the home page {root}/:");
            yield return $"    证书编号 {typed.Number}，持证人姓名 {typed.HolderName} → {Headline(typed.Verdict)}；"
                + $"姓名换成 {DemoSamples.WrongName} → {Headline(VerdictSlugs.Of(Verdict.NameMismatch))}；只填编号 → {Headline(VerdictSlugs.Of(Verdict.Unconfirmed))}";
        }
    }

    private static string Headline(string slug) =>
        Enum.GetValues<Verdict>().FirstOrDefault(v => VerdictSlugs.Of(v) == slug) is var verdict && VerdictSlugs.Of(verdict) == slug
            ? VerdictWording.Headline(verdict) : slug;
}
