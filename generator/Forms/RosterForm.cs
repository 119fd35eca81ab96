using System.Globalization;
using SkillCert.Core.Rosters;

namespace SkillCert.Generator.Forms;

/// <summary>
/// 附件4, 企业职业技能等级认定合格人员花名册, of one batch: the notice's columns, one line per person in roster order,
/// and 证书编号 last once the export has numbered the batch. It carries full ID numbers and scores: it goes to the
/// city centre for review, never to the public.
/// </summary>
public sealed record RosterForm(string Unit, string FiledOn, string EvaluatedOn, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Lines)
{
    /// <summary>The columns of the notice's 附件4, in its order.</summary>
    public static IReadOnlyList<string> NoticeColumns { get; } =
        ["序号", "姓名", "性别", "身份证号码", "岗位工龄", "申报职业", "评价等级", "理论成绩", "技能成绩", "业绩评审成绩"];

    public const string NumberColumn = "证书编号";

    /// <summary>The columns a workbook writes as numbers when they hold one: 序号, 岗位工龄 and the three scores.</summary>
    public static IReadOnlySet<string> NumericColumns { get; } = new HashSet<string>(StringComparer.Ordinal) { "序号", "岗位工龄", "理论成绩", "技能成绩", "业绩评审成绩" };

    /// <summary>The column of the ID numbers, which a workbook keeps as text so that no digit is lost.</summary>
    public const string IdColumn = "身份证号码";

    public string Annex => "附件4";

    public string Title => "企业职业技能等级认定合格人员花名册";

    public string Note => "注：本表一式三份，省或市人社行政部门、省或市职业技能鉴定中心和企业分别留存，并附于附件3之后。";

    public static RosterForm Of(FormBatch batch)
    {
        var numbered = batch.Rows.Any(r => r.Number is not null);
        var columns = numbered ? [.. NoticeColumns, NumberColumn] : NoticeColumns;
        var lines = batch.Rows.Select((row, i) => Line(row, i + 1, numbered)).ToList();
        var summary = SummaryForm.Of(batch);
        return new RosterForm(summary.Unit, summary.FiledOn, summary.EvaluatedOn, columns, lines);
    }

    private static IReadOnlyList<string> Line(FormRow row, int seq, bool numbered)
    {
        var c = row.Certificate;
        // The column is the notice's 身份证号码; another document is named before its number.
        var id = c.DocumentType == RosterCells.ResidentIdCard ? row.IdNumber : $"{c.DocumentType} {row.IdNumber}";
        List<string> cells =
        [
            seq.ToString(CultureInfo.InvariantCulture), c.HolderName, row.Gender, id, row.Tenure,
            FormText.Occupation(c.OccupationName, c.Trade), FormText.Level(c.Level), row.TheoryScore, row.SkillScore, row.PerformanceScore,
        ];
        if (numbered) cells.Add(row.Number is null ? "" : row.IsRevoked ? $"{row.Number}（已撤销）" : row.Number);
        return cells;
    }
}
