using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;

namespace SkillCert.Generator.Forms;

/// <summary>
/// One evaluation batch of one institution, read and checked: its roster's people in roster order, its 附件3 totals
/// and its schedule. <see cref="Summary"/> counts the people per occupation and level, as 附件3 does.
/// </summary>
public sealed record FormBatch(Institution Institution, string InstitutionName, string Batch, string RosterDisplay,
    IReadOnlyList<FormRow> Rows, BatchTotals? Totals, BatchSchedule Schedule)
{
    public ResultsSummary Summary
    {
        get
        {
            var summary = new ResultsSummary(Institution.Seq, InstitutionName);
            foreach (var row in Rows) summary.Count(row.Certificate);
            if (Totals is not null) summary.Add(Totals);
            return summary;
        }
    }
}
