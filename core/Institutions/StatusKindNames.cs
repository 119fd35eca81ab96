namespace SkillCert.Core.Institutions;

/// <summary>The Chinese label and the stable slug of each status, for pages, filters and JSON.</summary>
public static class StatusKindNames
{
    public static string Label(StatusKind kind) => kind switch
    {
        StatusKind.NotYetFiled => "未备案",
        StatusKind.Active => "有效",
        StatusKind.ExpiringSoon => "即将到期",
        StatusKind.Suspended => "暂停",
        StatusKind.Expired => "已过期",
        StatusKind.Removed => "已移出",
        StatusKind.Withdrawn => "视同退出",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Slug(StatusKind kind) => kind switch
    {
        StatusKind.NotYetFiled => "not-yet-filed",
        StatusKind.Active => "active",
        StatusKind.ExpiringSoon => "expiring",
        StatusKind.Suspended => "suspended",
        StatusKind.Expired => "expired",
        StatusKind.Removed => "removed",
        StatusKind.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The status with this slug, or null.</summary>
    public static StatusKind? FromSlug(string? slug) =>
        Enum.GetValues<StatusKind>().Cast<StatusKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);
}
