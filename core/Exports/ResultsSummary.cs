namespace SkillCert.Core.Exports;

/// <summary>
/// The results summary of one institution (企业职业技能等级认定结果汇总表, 附件3): the people who passed, counted per
/// occupation and level, and the batch totals (applicants, evaluated, passed) where the batches give them.
/// </summary>
public sealed class ResultsSummary(string institutionSeq, string institutionName)
{
    private readonly SortedDictionary<(string Code, string Trade), (string Name, int[] Counts)> _lines = new(Comparer<(string Code, string Trade)>.Create(
        (a, b) => string.CompareOrdinal(a.Code, b.Code) is var c and not 0 ? c : string.CompareOrdinal(a.Trade, b.Trade)));

    public string InstitutionSeq => institutionSeq;

    public string InstitutionName => institutionName;

    public int? Applicants { get; private set; }

    public int? Evaluated { get; private set; }

    public int? Passed { get; private set; }

    /// <summary>Counts one roster row that became a certificate.</summary>
    public void Count(ExportedCertificate certificate)
    {
        var key = (certificate.OccupationCode, certificate.Trade ?? "");
        if (!_lines.TryGetValue(key, out var line)) _lines[key] = line = (certificate.OccupationName, new int[5]);
        line.Counts[SummaryLine.ColumnOf(certificate.Level)]++;
    }

    /// <summary>Adds a batch's 附件3 totals; each total sums the batches that give it.</summary>
    public void Add(BatchTotals totals)
    {
        Applicants = Sum(Applicants, totals.Applicants);
        Evaluated = Sum(Evaluated, totals.Evaluated);
        Passed = Sum(Passed, totals.Passed);
    }

    /// <summary>The lines in occupation-code and trade order.</summary>
    public IReadOnlyList<SummaryLine> Lines =>
        _lines.Select(l => new SummaryLine(l.Key.Code, l.Value.Name, l.Key.Trade.Length == 0 ? null : l.Key.Trade, l.Value.Counts.ToArray())).ToList();

    /// <summary>The 合计 line: the sum of every line per level.</summary>
    public IReadOnlyList<int> Totals => Enumerable.Range(0, 5).Select(i => _lines.Values.Sum(l => l.Counts[i])).ToList();

    private static int? Sum(int? sum, int? value) => value is null ? sum : (sum ?? 0) + value;
}
