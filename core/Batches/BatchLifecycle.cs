namespace SkillCert.Core.Batches;

/// <summary>
/// The process one batch of results goes through, as its <c>&lt;batch&gt;.yml</c> records it (三(七) of the notice and
/// 附件2 四): submitted to the city centre, reviewed, publicised for a period at a place, objections, and issued.
/// <see cref="StatusOn"/> is the one rule that says where the batch stands on a day and whether it may be issued.
/// </summary>
public sealed record BatchLifecycle(DateOnly? SubmittedOn, BatchReview? Review, BatchPublicity? Publicity,
    IReadOnlyList<BatchObjection> Objections, DateOnly? IssuedOn)
{
    /// <summary>The keys of <c>&lt;batch&gt;.yml</c> that record the lifecycle, as the blockers name them.</summary>
    public static class Fields
    {
        public const string SubmittedOn = "submitted_on";
        public const string Review = "review";
        public const string Publicity = "publicity";
        public const string Objections = "objections";
        public const string IssuedOn = "issued_on";

        /// <summary>Every lifecycle key, in the order of the process.</summary>
        public static IReadOnlyList<string> All { get; } = [SubmittedOn, Review, Publicity, Objections, IssuedOn];
    }

    /// <summary>A batch that records nothing of the process: the rosters of the time before it was recorded.</summary>
    public static BatchLifecycle None { get; } = new(null, null, null, [], null);

    /// <summary>True when the batch records no step of the process at all.</summary>
    public bool IsEmpty => SubmittedOn is null && Review is null && Publicity is null && Objections.Count == 0 && IssuedOn is null;

    /// <summary>
    /// Where the batch stands on <paramref name="day"/>. It is issued only when it was submitted, the review passed (not
    /// before the submission), the publicity began no earlier than the review and ended before <c>issued_on</c>, no
    /// objection made before the issue is still open, and <c>issued_on</c> is on or before the day. A step dated after
    /// the day has not happened yet. Otherwise the state is the furthest step reached, with every reason it stops there.
    /// </summary>
    public BatchStatus StatusOn(DateOnly day)
    {
        var blockers = new List<BatchBlocker>();
        BatchStatus Stop(BatchState state, string field, string message, string messageEn)
        {
            blockers.Add(new BatchBlocker(field, message, messageEn));
            return new BatchStatus(state, blockers);
        }

        if (IsEmpty)
            return Stop(BatchState.NotSubmitted, "",
                "没有报送、审核、公示和发证的记录（submitted_on、review、publicity、issued_on）：名单须经审核通过、公示期满后才能发证",
                "no record of submission, review, publicity or issue (submitted_on, review, publicity, issued_on): a list is issued only once reviewed and after its publicity");
        if (SubmittedOn is not { } submitted)
            return Stop(BatchState.NotSubmitted, Fields.SubmittedOn, "没有报送审核的日期（submitted_on）", "no date of submission for review (submitted_on)");
        if (submitted > day)
            return Stop(BatchState.NotSubmitted, Fields.SubmittedOn, $"报送日期 {Day(submitted)} 还没有到", $"the submission date {Day(submitted)} is still to come");

        if (Review is not { } review || review.On > day)
            return Stop(BatchState.UnderReview, Fields.Review,
                $"{Day(submitted)} 已报送，尚未审核：审核后写明 review 的日期（on）、审核单位（by）和结果（outcome: 通过 或 退回）",
                $"submitted on {Day(submitted)}, not yet reviewed: once reviewed, give review's date (on), reviewer (by) and outcome (通过 or 退回)");
        if (review.Outcome == ReviewOutcome.SentBack)
            return Stop(BatchState.SentBack, Fields.Review,
                $"{Day(review.On)} 被{review.By}退回（{review.Reason}）：改正后重新报送，写明新的 submitted_on 和审核结果",
                $"sent back by {review.By} on {Day(review.On)} ({review.Reason}): correct it and submit again, giving the new submitted_on and the review's outcome");
        if (review.On < submitted)
            blockers.Add(new(Fields.Review, $"审核日期 {Day(review.On)} 早于报送日期 {Day(submitted)}：改正其中之一",
                $"the review date {Day(review.On)} is before the submission date {Day(submitted)}: correct one of them"));

        if (Publicity is not { } publicity)
            return Stop(BatchState.Reviewed, Fields.Publicity,
                $"{Day(review.On)} 审核通过，尚未公示：公示后写明 publicity 的起止日期（from、to）和地点（place）",
                $"passed review on {Day(review.On)}, not yet made public: once it is, give publicity's dates (from, to) and place (place)");
        if (publicity.From < review.On)
            blockers.Add(new(Fields.Publicity, $"公示从 {Day(publicity.From)} 开始，早于审核通过的 {Day(review.On)}：公示的应是审核通过的结果",
                $"the publicity starts on {Day(publicity.From)}, before the review passed on {Day(review.On)}: what is made public is the reviewed result"));
        if (day < publicity.From)
            return Stop(BatchState.Reviewed, Fields.Publicity, $"公示定于 {Day(publicity.From)} 至 {Day(publicity.To)}，还没有开始",
                $"the publicity, {Day(publicity.From)} to {Day(publicity.To)}, has not started");

        var state = publicity.IsRunningOn(day) ? BatchState.InPublicity : BatchState.PublicityEnded;
        if (state == BatchState.InPublicity)
            blockers.Add(new(Fields.Publicity, $"公示期 {Day(publicity.From)} 至 {Day(publicity.To)} 尚未结束：期满后才能发证",
                $"the publicity, {Day(publicity.From)} to {Day(publicity.To)}, has not ended: certificates are issued after it"));
        foreach (var objection in Objections)
        {
            if (objection.Outcome is null && objection.On <= day && (IssuedOn is not { } issue || objection.On < issue))
                blockers.Add(new(Fields.Objections, $"{Day(objection.On)} 收到的异议尚无结论：核实后写明 outcome（成立 或 不成立）",
                    $"the objection received on {Day(objection.On)} has no outcome: once checked, write outcome (成立 or 不成立)"));
        }
        if (state == BatchState.InPublicity) return new BatchStatus(state, blockers);

        if (IssuedOn is not { } issued)
            blockers.Add(new(Fields.IssuedOn, $"公示已于 {Day(publicity.To)} 期满，还没有发证日期（issued_on）",
                $"the publicity ended on {Day(publicity.To)}, and there is no issue date (issued_on)"));
        else if (issued <= publicity.To)
            blockers.Add(new(Fields.IssuedOn,
                $"发证日期 {Day(issued)} 不在公示期（{Day(publicity.From)} 至 {Day(publicity.To)}）之后：公示期满后才能发证",
                $"the issue date {Day(issued)} is not after the publicity ({Day(publicity.From)} to {Day(publicity.To)}): certificates are issued after it"));
        else if (issued > day)
            blockers.Add(new(Fields.IssuedOn, $"发证日期 {Day(issued)} 还没有到（导出日期 {Day(day)}）",
                $"the issue date {Day(issued)} is still to come (the export is as of {Day(day)})"));
        return new BatchStatus(blockers.Count == 0 ? BatchState.Issued : state, blockers);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
