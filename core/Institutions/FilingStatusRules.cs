namespace SkillCert.Core.Institutions;

/// <summary>The rules that turn a filing and its events into a status on a given day.</summary>
internal static class FilingStatusRules
{
    /// <summary>A filing that ends within this many days is shown as 即将到期.</summary>
    public const int ExpiryWarningDays = 90;

    public static FilingStatus Evaluate(Institution inst, DateOnly day, CertificateActivity? activity)
    {
        var (kind, s) = Classify(inst, day, activity);
        var validUntil = s.ValidUntil;
        switch (kind)
        {
            case StatusKind.NotYetFiled:
                return new(kind, null, validUntil, $"备案日期为 {inst.FiledOn:yyyy-MM-dd}，此前尚未备案", null);
            case StatusKind.Removed or StatusKind.Withdrawn when s.Ending is { } ending:
                var what = kind == StatusKind.Removed ? "移出评价机构目录" : "退出评价机构目录";
                return new(kind, ending.On, validUntil, $"{ending.On:yyyy-MM-dd} {what}" + Reason(ending), ending);
            case StatusKind.Expired:
                return new(kind, validUntil.AddDays(1), validUntil, $"备案有效期至 {validUntil:yyyy-MM-dd}，期满未延续", s.LastValidity);
            case StatusKind.Withdrawn:
                var idleFrom = s.IdleFrom!.Value;
                var idle = idleFrom.Year - 2;
                return new(kind, idleFrom, validUntil, $"{idle} 年和 {idle + 1} 年连续两年未颁发职业技能等级证书，视同自行退出", null);
            case StatusKind.Suspended:
                var suspension = s.Suspension!;
                return new(kind, suspension.On, validUntil, $"{suspension.On:yyyy-MM-dd} 起暂停认定" + Reason(suspension), suspension);
            case StatusKind.ExpiringSoon:
                return new(kind, validUntil.AddDays(-(ExpiryWarningDays - 1)), validUntil,
                    $"备案有效期至 {validUntil:yyyy-MM-dd}，还剩 {validUntil.DayNumber - day.DayNumber + 1} 天", s.LastValidity);
            default:
                return new(StatusKind.Active, s.LastValidity?.On ?? inst.FiledOn, validUntil,
                    s.LastValidity is not { } last ? $"{inst.FiledOn:yyyy-MM-dd} 备案，有效期至 {validUntil:yyyy-MM-dd}"
                        : $"{last.On:yyyy-MM-dd} {last.Label}，有效期至 {validUntil:yyyy-MM-dd}", s.LastValidity);
        }
    }

    /// <summary>
    /// The kind of status on the day and the end of the filing period, as <see cref="Evaluate"/> finds them, without
    /// writing the cause: a rebuild asks it of every institution for the expiry warnings (incremental.sh).
    /// </summary>
    public static (StatusKind Kind, DateOnly ValidUntil) KindOn(Institution inst, DateOnly day)
    {
        var (kind, standing) = Classify(inst, day, null);
        return (kind, standing.ValidUntil);
    }

    private static (StatusKind Kind, Standing Standing) Classify(Institution inst, DateOnly day, CertificateActivity? activity)
    {
        var s = StandingOn(inst, day);
        if (day < inst.FiledOn) return (StatusKind.NotYetFiled, s);
        if (s.Ending is { } ending) return (ending.Type == FilingEventType.Removed ? StatusKind.Removed : StatusKind.Withdrawn, s);
        if (day > s.ValidUntil) return (StatusKind.Expired, s);
        if (activity is not null && InactivityWithdrawal.StartsOn(s.PeriodStart, activity) is var idleFrom && idleFrom <= day)
            return (StatusKind.Withdrawn, s with { IdleFrom = idleFrom });
        if (s.Suspension is not null) return (StatusKind.Suspended, s);
        return (s.ValidUntil.DayNumber - day.DayNumber < ExpiryWarningDays ? StatusKind.ExpiringSoon : StatusKind.Active, s);
    }

    /// <summary>What the filing and its events up to the day say, before the rules read a status from it.</summary>
    private readonly record struct Standing(DateOnly PeriodStart, DateOnly ValidUntil, FilingEvent? LastValidity, FilingEvent? Suspension,
        FilingEvent? Ending, DateOnly? IdleFrom = null);

    private static Standing StandingOn(Institution inst, DateOnly day)
    {
        var validUntil = inst.ValidUntil ?? Institution.DefaultValidUntil(inst.FiledOn);
        if (day < inst.FiledOn) return new(inst.FiledOn, validUntil, null, null, null);
        var periodStart = inst.FiledOn;
        FilingEvent? lastValidity = null, suspension = null, ending = null;
        // Events are applied in date order; a stable sort keeps same-day events in file order.
        foreach (var e in InDateOrder(inst.Events))
        {
            if (e.On > day) continue;
            switch (e.Type)
            {
                case FilingEventType.Filed:
                    periodStart = e.On;
                    validUntil = e.ValidUntil ?? Institution.DefaultValidUntil(e.On);
                    lastValidity = e;
                    suspension = null;
                    ending = null;
                    break;
                case FilingEventType.Renewed:
                    validUntil = e.ValidUntil ?? validUntil.AddYears(Institution.FilingYears);
                    lastValidity = e;
                    break;
                case FilingEventType.Suspended:
                    suspension = e;
                    break;
                case FilingEventType.Reinstated:
                    suspension = null;
                    break;
                case FilingEventType.Removed:
                case FilingEventType.Withdrawn:
                    ending = e;
                    break;
                case FilingEventType.ScopeChanged:
                case FilingEventType.Renamed:
                    break;
            }
        }
        return new(periodStart, validUntil, lastValidity, suspension, ending);
    }

    // Events are almost always written oldest first: those are taken as they are, sparing 10,000 sorts a build (incremental.sh).
    private static IEnumerable<FilingEvent> InDateOrder(IReadOnlyList<FilingEvent> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].On < events[i - 1].On) return events.OrderBy(e => e.On);
        }
        return events;
    }

    private static string Reason(FilingEvent e) => string.IsNullOrWhiteSpace(e.Note) ? "" : $"：{e.Note}";
}
