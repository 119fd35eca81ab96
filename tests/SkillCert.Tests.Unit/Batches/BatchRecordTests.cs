using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using static SkillCert.Tests.Unit.Batches.LifecycleFixture;

namespace SkillCert.Tests.Unit.Batches;

/// BatchRecord.StatusOn: a page built on another day than the export places the batch on its own day.
public class BatchRecordTests
{
    private static BatchRecord Record(BatchLifecycle lifecycle, BatchState state) =>
        new("000001", "2021-4", new BatchTotals(null, null, null, null), lifecycle, state, 0, []);

    [Fact]
    public void A_batch_the_export_did_not_issue_is_not_issued_on_a_later_day_either()
    {
        var status = Record(Complete, BatchState.InPublicity).StatusOn(Later);
        Assert.Equal(BatchState.PublicityEnded, status.State);
    }

    [Fact]
    public void A_batch_the_export_issued_is_issued_on_a_later_day() =>
        Assert.Equal(BatchState.Issued, Record(Complete, BatchState.Issued).StatusOn(Later).State);

    [Fact]
    public void On_an_earlier_day_a_batch_the_export_issued_was_in_publicity() =>
        Assert.Equal(BatchState.InPublicity, Record(Complete, BatchState.Issued).StatusOn(From.AddDays(1)).State);
}
