using SkillCert.Core.Text;

namespace SkillCert.Core.Institutions;

/// <summary>The names that content files use for event types, and their Chinese labels.</summary>
public static class FilingEventTypeNames
{
    private static readonly NameTable<FilingEventType> Table = new(
        (FilingEventType.Filed, "filed", "备案"),
        (FilingEventType.Renewed, "renewed", "延续备案"),
        (FilingEventType.Renamed, "renamed", "更名"),
        (FilingEventType.ScopeChanged, "scope_changed", "变更认定范围"),
        (FilingEventType.Suspended, "suspended", "暂停认定"),
        (FilingEventType.Reinstated, "reinstated", "恢复认定"),
        (FilingEventType.Removed, "removed", "移出目录"),
        (FilingEventType.Withdrawn, "withdrawn", "视同退出"));

    /// <summary>Every name a content file may use, in the order of the lifecycle.</summary>
    public static IReadOnlyList<string> All => Table.Names;

    public static string Name(FilingEventType type) => Table.Name(type);

    public static string Label(FilingEventType type) => Table.Label(type);

    /// <summary>The type for a content-file name, or null when the name is unknown.</summary>
    public static FilingEventType? Parse(string? name) => Table.Parse(name);
}
