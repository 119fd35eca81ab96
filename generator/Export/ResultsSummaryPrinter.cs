using System.Globalization;
using SkillCert.Core.Exports;

namespace SkillCert.Generator.Export;

/// <summary>Prints an institution's results summary in the shape of the 附件3 form: a line per occupation, a column per level.</summary>
public static class ResultsSummaryPrinter
{
    public static void Print(ResultsSummary summary, TextWriter output)
    {
        output.WriteLine($"附件3 认定结果汇总 · {summary.InstitutionSeq} {summary.InstitutionName}");
        var totals = new List<string>();
        if (summary.Applicants is { } a) totals.Add($"申报人数 {a}");
        if (summary.Evaluated is { } e) totals.Add($"评价人数 {e}");
        if (summary.Passed is { } p) totals.Add($"合格人数 {p}");
        if (totals.Count > 0) output.WriteLine("  " + string.Join(" · ", totals));
        output.WriteLine("  " + Row("评价工种", SummaryLine.LevelColumns.Append("小计")));
        foreach (var line in summary.Lines)
        {
            var name = line.Trade is null ? $"{line.OccupationCode} {line.OccupationName}" : $"{line.OccupationCode} {line.OccupationName}（{line.Trade}）";
            output.WriteLine("  " + Row(name, Counts(line.ByLevel)));
        }
        output.WriteLine("  " + Row("合计", Counts(summary.Totals)));
    }

    private static IEnumerable<string> Counts(IReadOnlyList<int> byLevel) =>
        byLevel.Select(n => n.ToString(CultureInfo.InvariantCulture)).Append(byLevel.Sum().ToString(CultureInfo.InvariantCulture));

    // Chinese characters take two columns in a terminal; padding by display width keeps the columns straight.
    private static string Row(string label, IEnumerable<string> cells) =>
        Pad(label, 36) + string.Concat(cells.Select(c => Pad(c, 10, right: true)));

    private static string Pad(string text, int width, bool right = false)
    {
        var shown = text.Sum(c => c > '\u2E80' ? 2 : 1);
        var padding = new string(' ', Math.Max(1, width - shown));
        return right ? padding + text : text + padding;
    }
}
