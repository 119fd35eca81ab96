namespace SkillCert.Core.Institutions;

/// <summary>The rules that turn a filing and its events into a status on a given day.</summary>
internal static class FilingStatusRules
{
    /// <summary>A filing that ends within this many days is shown as 即将到期.</summary>
    public const int ExpiryWarningDays = 90;

    public static FilingStatus Evaluate(Institution inst, DateOnly day, CertificateActivity? activity)
    {
        var validUntil = inst.ValidUntil ?? Institution.DefaultValidUntil(inst.FiledOn);
        if (day < inst.FiledOn)
            return new(StatusKind.NotYetFiled, null, validUntil, $"备案日期为 {inst.FiledOn:yyyy-MM-dd}，此前尚未备案", null);

        var periodStart = inst.FiledOn;
        FilingEvent? lastValidity = null, suspension = null, ending = null;
        // Events are applied in date order; a stable sort keeps same-day events in file order.
        foreach (var e in inst.Events.Where(e => e.On <= day).OrderBy(e => e.On))
        {
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

        if (ending is not null)
        {
            var kind = ending.Type == FilingEventType.Removed ? StatusKind.Removed : StatusKind.Withdrawn;
            var what = kind == StatusKind.Removed ? "移出评价机构目录" : "退出评价机构目录";
            return new(kind, ending.On, validUntil, $"{ending.On:yyyy-MM-dd} {what}" + Reason(ending), ending);
        }
        if (day > validUntil)
        {
            return new(StatusKind.Expired, validUntil.AddDays(1), validUntil,
                $"备案有效期至 {validUntil:yyyy-MM-dd}，期满未延续", lastValidity);
        }
        if (activity is not null && InactivityWithdrawal.StartsOn(periodStart, activity) is var idleFrom && idleFrom <= day)
        {
            var idle = idleFrom.Year - 2;
            return new(StatusKind.Withdrawn, idleFrom, validUntil,
                $"{idle} 年和 {idle + 1} 年连续两年未颁发职业技能等级证书，视同自行退出", null);
        }
        if (suspension is not null)
            return new(StatusKind.Suspended, suspension.On, validUntil, $"{suspension.On:yyyy-MM-dd} 起暂停认定" + Reason(suspension), suspension);
        var daysLeft = validUntil.DayNumber - day.DayNumber;
        if (daysLeft < ExpiryWarningDays)
            return new(StatusKind.ExpiringSoon, validUntil.AddDays(-(ExpiryWarningDays - 1)), validUntil,
                $"备案有效期至 {validUntil:yyyy-MM-dd}，还剩 {daysLeft + 1} 天", lastValidity);
        return new(StatusKind.Active, lastValidity?.On ?? inst.FiledOn, validUntil,
            lastValidity is null ? $"{inst.FiledOn:yyyy-MM-dd} 备案，有效期至 {validUntil:yyyy-MM-dd}"
                : $"{lastValidity.On:yyyy-MM-dd} {lastValidity.Label}，有效期至 {validUntil:yyyy-MM-dd}", lastValidity);
    }

    private static string Reason(FilingEvent e) => string.IsNullOrWhiteSpace(e.Note) ? "" : $"：{e.Note}";
}
