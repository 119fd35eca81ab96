using SkillCert.Core.Rosters;

namespace SkillCert.Generator.Export;

/// <summary>
/// Turns cells into trimmed strings, reusing the previous row's string when a column repeats it (the issue date,
/// the occupation, the level and the document type usually do within a batch), so that most cells of a
/// million-row export cost no allocation. One per thread.
/// </summary>
public sealed class CellPool
{
    private readonly string[] _last = Enumerable.Repeat("", RosterColumns.Count).ToArray();

    /// <summary>The trimmed text of a cell.</summary>
    public string Get(RosterColumn column, ReadOnlySpan<char> cell)
    {
        cell = cell.Trim();
        if (cell.IsEmpty) return "";
        ref var last = ref _last[(int)column];
        if (cell.SequenceEqual(last)) return last;
        return last = cell.ToString();
    }
}
