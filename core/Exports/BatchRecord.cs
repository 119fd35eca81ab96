using SkillCert.Core.Batches;

namespace SkillCert.Core.Exports;

/// <summary>
/// One batch as the export records it (tables <c>batches</c> and <c>batch_counts</c>): its institution and name (the
/// roster's file name without extension), its 附件3 totals, its lifecycle, its state on the export date, how many
/// certificates it issued, and its counts per occupation, trade and level. It holds no name and no ID number, so
/// the public site may show all of it.
/// </summary>
public sealed record BatchRecord(string Institution, string Batch, BatchTotals Totals, BatchLifecycle Lifecycle, BatchState State,
    int Certificates, IReadOnlyList<BatchCount> Counts)
{
    /// <summary>Where the batch stands on another day than the export's, for a page built later: issued only if the export issued it.</summary>
    public BatchStatus StatusOn(DateOnly day)
    {
        var status = Lifecycle.StatusOn(day);
        return State == BatchState.Issued || !status.IsIssued ? status : new BatchStatus(BatchState.PublicityEnded, status.Blockers);
    }
}
