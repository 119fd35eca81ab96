namespace SkillCert.Core.Rosters;

/// <summary>
/// Where a row came from, as the caller numbers its sources: core knows no files, so <see cref="Source"/> is the
/// caller's index of the file and <see cref="Line"/> the line or row within it, both handed back in problems.
/// </summary>
public readonly record struct RowOrigin(int Source, int Line)
{
    /// <summary>For records that come from no roster row, such as certificates carried over from the previous export.</summary>
    public static RowOrigin None { get; } = new(-1, 0);
}
