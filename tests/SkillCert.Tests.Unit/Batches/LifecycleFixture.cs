using SkillCert.Core.Batches;

namespace SkillCert.Tests.Unit.Batches;

/// A batch that went through the whole process in December 2021, as the notice describes it; each test changes one step.
internal static class LifecycleFixture
{
    public static readonly DateOnly Submitted = new(2021, 11, 25);
    public static readonly DateOnly Reviewed = new(2021, 12, 1);
    public static readonly DateOnly From = new(2021, 12, 2);
    public static readonly DateOnly To = new(2021, 12, 8);
    public static readonly DateOnly Issued = new(2021, 12, 9);
    public static readonly DateOnly Later = new(2022, 1, 10);

    public static BatchReview Passed => new(Reviewed, "忻州市职业技能鉴定服务中心", ReviewOutcome.Passed, null);

    public static BatchPublicity Publicity => new(From, To, "企业公告栏");

    /// The complete lifecycle: submitted, reviewed, publicised, issued the day after the publicity.
    public static BatchLifecycle Complete => new(Submitted, Passed, Publicity, [], Issued);

    public static BatchObjection Objection(DateOnly on, ObjectionOutcome? outcome) => new(on, "反映考评过程不规范", outcome, 0);
}
