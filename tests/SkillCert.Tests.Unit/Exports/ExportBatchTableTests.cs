using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using static SkillCert.Tests.Unit.Batches.LifecycleFixture;

namespace SkillCert.Tests.Unit.Exports;

/// ExportBatchTable: the batches and their counts read back as they were written.
public class ExportBatchTableTests
{
    private static readonly BatchRecord Sent = new("000003", "2026-3", new BatchTotals(new DateOnly(2026, 9, 5), 6, 5, 4),
        new BatchLifecycle(new DateOnly(2026, 9, 10), new BatchReview(new DateOnly(2026, 9, 16), "鉴定中心", ReviewOutcome.SentBack, "人数不符"), null, [], null),
        BatchState.SentBack, 0, [new BatchCount("6-11-05-01", "涂料生产工", null, 4, 2, 0)]);

    private static readonly BatchRecord Issued = new("000001", "2021-4", new BatchTotals(null, null, null, null),
        Complete with { Objections = [new BatchObjection(From.AddDays(2), "反映一人材料不实，经核实成立", ObjectionOutcome.Upheld, 1), Objection(From.AddDays(3), null)] },
        BatchState.Issued, 3, [new BatchCount("6-18-01-01", "车工", "数控车工", 4, 3, 2), new BatchCount("6-31-01-03", "电工", null, 5, 1, 1)]);

    private static List<BatchRecord> RoundTrip(params BatchRecord[] records)
    {
        using var db = new HeaderDatabase();
        ExportBatchTable.Insert(db.Connection, records);
        return ExportBatchTable.Read(db.Connection, ExportSchema.Version);
    }

    [Fact]
    public void Batches_read_back_in_institution_and_batch_order() =>
        Assert.Equal(["000001/2021-4", "000003/2026-3"], RoundTrip(Sent, Issued).Select(b => $"{b.Institution}/{b.Batch}"));

    [Fact]
    public void A_lifecycle_reads_back_step_by_step()
    {
        var read = RoundTrip(Issued).Single();
        Assert.Equal(Issued.Lifecycle.SubmittedOn, read.Lifecycle.SubmittedOn);
        Assert.Equal(Issued.Lifecycle.Review, read.Lifecycle.Review);
        Assert.Equal(Issued.Lifecycle.Publicity, read.Lifecycle.Publicity);
        Assert.Equal(Issued.Lifecycle.Objections, read.Lifecycle.Objections);
        Assert.Equal((Issued.Lifecycle.IssuedOn, BatchState.Issued, 3), (read.Lifecycle.IssuedOn, read.State, read.Certificates));
    }

    [Fact]
    public void A_review_that_sent_the_batch_back_reads_back_with_its_reason()
    {
        var read = RoundTrip(Sent).Single();
        Assert.Equal(Sent.Lifecycle.Review, read.Lifecycle.Review);
        Assert.Equal(Sent.Totals, read.Totals);
        Assert.Null(read.Lifecycle.Publicity);
    }

    [Fact]
    public void Counts_read_back_per_occupation_trade_and_level() =>
        Assert.Equal(Issued.Counts, RoundTrip(Issued).Single().Counts);

    [Fact]
    public void Counts_are_left_out_when_not_asked_for()
    {
        using var db = new HeaderDatabase();
        ExportBatchTable.Insert(db.Connection, [Issued]);
        Assert.Empty(ExportBatchTable.Read(db.Connection, ExportSchema.Version, withCounts: false).Single().Counts);
    }

    [Fact]
    public void The_objections_column_holds_no_row_numbers_only_how_many_rows_an_upheld_one_names() =>
        Assert.Equal("""[{"on":"2021-12-04","summary":"反映一人材料不实，经核实成立","outcome":"upheld","rows":1}]""",
            ExportBatchTable.ObjectionsJson([Issued.Lifecycle.Objections[0]]));
}
