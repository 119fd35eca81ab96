using SkillCert.Core.Exports;

namespace SkillCert.Generator.Forms;

/// <summary>
/// 附件3, 企业职业技能等级认定结果汇总表, of one batch, as printed and as a workbook: the unit, the dates and the
/// batch totals, a line per occupation with a column per level and 小计, the 合计 line, then the centres' sign-offs.
/// </summary>
public sealed record SummaryForm(string Unit, string FiledOn, string EvaluatedOn, string Applicants, string Evaluated, string Passed,
    IReadOnlyList<SummaryFormLine> Lines, SummaryFormLine Total)
{
    public string Annex => "附件3";

    public string Title => "企业职业技能等级认定结果汇总表";

    /// <summary>初级 中级 高级 技师 高级技师: levels 5 to 1.</summary>
    public IReadOnlyList<string> LevelColumns => SummaryLine.LevelColumns;

    /// <summary>The offices that review the summary, each signing with 承办人, 负责人, its seal and the date.</summary>
    public IReadOnlyList<string> SignOffs => ["市级职业技能鉴定中心意见", "省职业技能鉴定中心意见"];

    public string Note => "注：本表一式三份，省或市人社行政部门，省或市职业技能鉴定中心和企业分别留存。";

    public static SummaryForm Of(FormBatch batch)
    {
        var summary = batch.Summary;
        var lines = summary.Lines.Select(l => new SummaryFormLine(FormText.Occupation(l.OccupationName, l.Trade), l.ByLevel)).ToList();
        return new SummaryForm(
            batch.InstitutionName,
            FormText.Date(batch.Lifecycle.SubmittedOn),
            FormText.Date(batch.Totals.EvaluatedOn),
            FormText.Count(batch.Totals.Applicants),
            FormText.Count(batch.Totals.Evaluated),
            FormText.Count(batch.Totals.Passed ?? batch.Rows.Count),
            lines,
            new SummaryFormLine("合计", summary.Totals));
    }
}
