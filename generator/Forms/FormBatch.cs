using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Forms;

/// <summary>
/// One evaluation batch of one institution, read and checked as the export reads it (<see cref="Source"/>: its batch
/// file with the 附件3 totals and the lifecycle, and where it stands), with its people in roster order as the forms print
/// them. <see cref="Summary"/> counts the people per occupation and level, as 附件3 does.
/// </summary>
public sealed record FormBatch(Institution Institution, string InstitutionName, BatchRows Source, IReadOnlyList<FormRow> Rows)
{
    public string Batch => Source.File.Batch;

    public string RosterDisplay => Source.File.Display;

    public BatchTotals Totals => Source.Batch.Totals;

    public BatchLifecycle Lifecycle => Source.Batch.Lifecycle;

    public BatchStatus Status => Source.Status;

    /// <summary>
    /// True once the city centre's review passed: only then may the results be publicised (附件2 四), so only then is
    /// there a 公示 list to post.
    /// </summary>
    public bool MayBePublicised => Status.State is BatchState.Reviewed or BatchState.InPublicity or BatchState.PublicityEnded or BatchState.Issued;

    public ResultsSummary Summary
    {
        get
        {
            var summary = new ResultsSummary(Institution.Seq, InstitutionName);
            // A reissue corrects a certificate of someone already counted, as the export's 附件3 counts.
            foreach (var row in Rows.Where(r => r.Certificate.Replacement is null)) summary.Count(row.Certificate);
            summary.Add(Totals);
            return summary;
        }
    }
}
