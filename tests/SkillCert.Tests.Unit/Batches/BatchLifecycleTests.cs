using SkillCert.Core.Batches;
using static SkillCert.Tests.Unit.Batches.LifecycleFixture;

namespace SkillCert.Tests.Unit.Batches;

/// BatchLifecycle.StatusOn: the one rule that says whether a batch may be issued, and where it stands.
public class BatchLifecycleTests
{
    [Fact]
    public void A_complete_lifecycle_is_issued_with_nothing_holding_it_back()
    {
        var status = Complete.StatusOn(Later);
        Assert.Equal(BatchState.Issued, status.State);
        Assert.Empty(status.Blockers);
    }

    [Fact]
    public void A_batch_that_records_no_step_of_the_process_is_not_submitted()
    {
        var status = BatchLifecycle.None.StatusOn(Later);
        Assert.Equal(BatchState.NotSubmitted, status.State);
        Assert.Contains("review", Assert.Single(status.Blockers).MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_without_a_submission_is_not_submitted_even_with_a_review()
    {
        var status = (Complete with { SubmittedOn = null }).StatusOn(Later);
        Assert.Equal((BatchState.NotSubmitted, BatchLifecycle.Fields.SubmittedOn), (status.State, Assert.Single(status.Blockers).Field));
    }

    [Fact]
    public void A_submission_dated_after_the_day_has_not_happened_yet() =>
        Assert.Equal(BatchState.NotSubmitted, Complete.StatusOn(Submitted.AddDays(-1)).State);

    [Fact]
    public void A_submitted_batch_without_a_review_is_under_review()
    {
        var status = (Complete with { Review = null, Publicity = null, IssuedOn = null }).StatusOn(Later);
        Assert.Equal((BatchState.UnderReview, BatchLifecycle.Fields.Review), (status.State, Assert.Single(status.Blockers).Field));
    }

    [Fact]
    public void A_review_dated_after_the_day_has_not_happened_yet() =>
        Assert.Equal(BatchState.UnderReview, Complete.StatusOn(Reviewed.AddDays(-1)).State);

    [Fact]
    public void A_batch_the_review_sent_back_is_not_issued_and_says_why()
    {
        var sentBack = Complete with { Review = new BatchReview(Reviewed, "忻州市职业技能鉴定服务中心", ReviewOutcome.SentBack, "合格人数不符") };
        var status = sentBack.StatusOn(Later);
        Assert.Equal(BatchState.SentBack, status.State);
        Assert.Contains("合格人数不符", Assert.Single(status.Blockers).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_before_the_submission_holds_the_batch_back()
    {
        var status = (Complete with { SubmittedOn = Reviewed.AddDays(1) }).StatusOn(Later);
        Assert.NotEqual(BatchState.Issued, status.State);
        Assert.Contains(status.Blockers, b => b.Field == BatchLifecycle.Fields.Review);
    }

    [Fact]
    public void A_reviewed_batch_without_a_publicity_waits_for_one()
    {
        var status = (Complete with { Publicity = null }).StatusOn(Later);
        Assert.Equal((BatchState.Reviewed, BatchLifecycle.Fields.Publicity), (status.State, Assert.Single(status.Blockers).Field));
    }

    [Fact]
    public void A_publicity_that_began_before_the_review_passed_holds_the_batch_back()
    {
        var status = (Complete with { Publicity = Publicity with { From = Reviewed.AddDays(-1) } }).StatusOn(Later);
        Assert.NotEqual(BatchState.Issued, status.State);
        Assert.Contains(status.Blockers, b => b.Field == BatchLifecycle.Fields.Publicity);
    }

    [Fact]
    public void Before_the_publicity_begins_the_batch_is_reviewed() =>
        Assert.Equal(BatchState.Reviewed, Complete.StatusOn(From.AddDays(-1)).State);

    [Fact]
    public void On_the_first_day_of_the_publicity_the_batch_is_in_publicity() =>
        Assert.Equal(BatchState.InPublicity, Complete.StatusOn(From).State);

    [Fact]
    public void On_the_last_day_of_the_publicity_the_batch_is_still_in_publicity() =>
        Assert.Equal(BatchState.InPublicity, Complete.StatusOn(To).State);

    [Fact]
    public void After_the_publicity_without_an_issue_date_the_batch_waits_to_be_issued()
    {
        var status = (Complete with { IssuedOn = null }).StatusOn(Later);
        Assert.Equal((BatchState.PublicityEnded, BatchLifecycle.Fields.IssuedOn), (status.State, Assert.Single(status.Blockers).Field));
    }

    [Fact]
    public void An_issue_date_inside_the_publicity_period_is_not_an_issue()
    {
        var status = (Complete with { IssuedOn = From.AddDays(3) }).StatusOn(Later);
        Assert.Equal((BatchState.PublicityEnded, BatchLifecycle.Fields.IssuedOn), (status.State, Assert.Single(status.Blockers).Field));
    }

    [Fact]
    public void An_issue_date_on_the_last_day_of_the_publicity_is_not_after_it() =>
        Assert.NotEqual(BatchState.Issued, (Complete with { IssuedOn = To }).StatusOn(Later).State);

    [Fact]
    public void An_issue_date_the_day_after_the_publicity_ended_is_an_issue() =>
        Assert.Equal(BatchState.Issued, (Complete with { IssuedOn = To.AddDays(1) }).StatusOn(Later).State);

    [Fact]
    public void An_issue_date_after_the_day_is_not_an_issue_yet()
    {
        var status = (Complete with { IssuedOn = Issued.AddDays(5) }).StatusOn(Issued);
        Assert.Equal((BatchState.PublicityEnded, BatchLifecycle.Fields.IssuedOn), (status.State, Assert.Single(status.Blockers).Field));
    }

    [Fact]
    public void An_issue_date_on_the_day_is_an_issue() => Assert.Equal(BatchState.Issued, Complete.StatusOn(Issued).State);

    [Fact]
    public void An_open_objection_made_before_the_issue_holds_the_batch_back()
    {
        var status = (Complete with { Objections = [Objection(From.AddDays(2), null)] }).StatusOn(Later);
        Assert.Equal((BatchState.PublicityEnded, BatchLifecycle.Fields.Objections), (status.State, Assert.Single(status.Blockers).Field));
    }

    [Fact]
    public void An_open_objection_made_after_the_issue_does_not_undo_it() =>
        Assert.Equal(BatchState.Issued, (Complete with { Objections = [Objection(Issued.AddDays(3), null)] }).StatusOn(Later).State);

    [Theory]
    [InlineData(ObjectionOutcome.Upheld)]
    [InlineData(ObjectionOutcome.Rejected)]
    public void A_decided_objection_does_not_hold_the_batch_back(ObjectionOutcome outcome) =>
        Assert.Equal(BatchState.Issued, (Complete with { Objections = [Objection(From.AddDays(2), outcome)] }).StatusOn(Later).State);

    [Fact]
    public void Every_reason_a_batch_is_held_back_is_listed()
    {
        var status = (Complete with { Publicity = Publicity with { From = Reviewed.AddDays(-1) }, IssuedOn = To }).StatusOn(Later);
        Assert.Equal([BatchLifecycle.Fields.Publicity, BatchLifecycle.Fields.IssuedOn], status.Blockers.Select(b => b.Field));
    }
}
