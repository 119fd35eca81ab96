namespace SkillCert.Core.Exports;

/// <summary>
/// One line of the results summary (附件3): an occupation (with its trade, if any) and how many passed at each
/// level, in the form's column order 初级, 中级, 高级, 技师, 高级技师 (levels 5 to 1).
/// </summary>
public sealed record SummaryLine(string OccupationCode, string OccupationName, string? Trade, IReadOnlyList<int> ByLevel)
{
    /// <summary>The column headers of <see cref="ByLevel"/>, as the form prints them.</summary>
    public static IReadOnlyList<string> LevelColumns { get; } = ["初级", "中级", "高级", "技师", "高级技师"];

    public int Subtotal => ByLevel.Sum();

    /// <summary>The column of a level code: 5 (初级) is column 0, 1 (高级技师) is column 4.</summary>
    public static int ColumnOf(int level) => 5 - level;
}
