namespace SkillCert.Core.Institutions;

/// <summary>
/// How an institution's status differs between two days (<see cref="From"/> to <see cref="To"/>, in either order), and
/// why: the statuses come from <see cref="Institution.StatusOn"/>, so the preview of another day and the build agree.
/// </summary>
public sealed record StatusChange(DateOnly From, DateOnly To, FilingStatus Before, FilingStatus After, StatusChangeCause Cause,
    IReadOnlyList<FilingEvent> Events)
{
    /// <summary>The events that can move a status; a rename or a scope change leaves it as it was.</summary>
    private static readonly FilingEventType[] Moving =
    [
        FilingEventType.Filed, FilingEventType.Renewed, FilingEventType.Suspended, FilingEventType.Reinstated,
        FilingEventType.Removed, FilingEventType.Withdrawn,
    ];

    /// <summary>The cause in plain Chinese, for the preview's list of changes.</summary>
    public string CauseLabel => Cause switch
    {
        StatusChangeCause.DatedEvent => "目录变动事件",
        StatusChangeCause.Expiry => "备案有效期",
        StatusChangeCause.Inactivity => "连续两年未颁发证书（视同自行退出）",
        StatusChangeCause.Filing => "备案日期",
        _ => throw new ArgumentOutOfRangeException(nameof(Cause), Cause, null),
    };

    /// <summary>
    /// The change from <paramref name="from"/> to <paramref name="to"/>, or null when the status is the same kind on
    /// both days. The cause is read from the status on the later day and the events between the two.
    /// </summary>
    public static StatusChange? Between(Institution institution, DateOnly from, DateOnly to, CertificateActivity? activity = null)
    {
        var before = institution.StatusOn(from, activity);
        var after = institution.StatusOn(to, activity);
        if (before.Kind == after.Kind) return null;
        var (early, late) = from <= to ? (from, to) : (to, from);
        var (earlier, later) = from <= to ? (before, after) : (after, before);
        var between = institution.Events.Where(e => e.On > early && e.On <= late && Moving.Contains(e.Type)).OrderBy(e => e.On).ToArray();
        return new StatusChange(from, to, before, after, CauseOf(earlier, later, between, early, late), between);
    }

    private static StatusChangeCause CauseOf(FilingStatus earlier, FilingStatus later, FilingEvent[] between, DateOnly early, DateOnly late)
    {
        if (earlier.Kind == StatusKind.NotYetFiled) return StatusChangeCause.Filing;
        if (later.CausedBy is { } e && e.On > early && e.On <= late && Moving.Contains(e.Type)) return StatusChangeCause.DatedEvent;
        if (later.Kind == StatusKind.Withdrawn && later.CausedBy is null) return StatusChangeCause.Inactivity;
        if (later.Kind is StatusKind.Expired or StatusKind.ExpiringSoon) return StatusChangeCause.Expiry;
        return between.Length > 0 ? StatusChangeCause.DatedEvent : StatusChangeCause.Expiry;
    }
}
