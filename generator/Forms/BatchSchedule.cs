namespace SkillCert.Generator.Forms;

/// <summary>
/// The dates of a batch's lifecycle that the printed forms show: the day its 附件3 and 附件4 went to the city centre
/// (填报日期) and its publicity. Either may be missing, and the form then leaves a blank to fill by hand.
/// </summary>
public sealed record BatchSchedule(DateOnly? SubmittedOn, PublicityPeriod? Publicity)
{
    public static BatchSchedule None { get; } = new(null, null);
}
