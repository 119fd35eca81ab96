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
        cell = Trim(cell);
        if (cell.IsEmpty) return "";
        ref var last = ref _last[(int)column];
        if (cell.SequenceEqual(last)) return last;
        return last = cell.ToString();
    }

    // The same as span.Trim() for the spaces people type, without a Unicode table lookup for every Chinese
    // character at either end of every cell: the whitespace of Unicode, with the zero-width space and BOM.
    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> cell)
    {
        var start = 0;
        var end = cell.Length;
        while (start < end && IsSpace(cell[start])) start++;
        while (end > start && IsSpace(cell[end - 1])) end--;
        return cell[start..end];
    }

    private static bool IsSpace(char c) => c <= ' ' ? c is ' ' or (>= '\t' and <= '\r')
        : c >= '\u0085' && (c is '\u0085' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200B') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF');
}
