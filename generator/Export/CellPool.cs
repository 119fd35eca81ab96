using System.Globalization;
using SkillCert.Core.Rosters;

namespace SkillCert.Generator.Export;

/// <summary>
/// Turns cells into trimmed strings with as few allocations as a million-row export needs: a cell that repeats the
/// previous row's value in its column (the issue date, the occupation, the level, the document type) reuses that
/// string, and small whole numbers (scores, 岗位工龄) come from a shared table. One per thread.
/// </summary>
public sealed class CellPool
{
    private const int SmallNumbers = 101;

    private static readonly string[] Numbers = Enumerable.Range(0, SmallNumbers).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();

    private readonly string[] _last = Enumerable.Repeat("", RosterColumns.Count).ToArray();

    /// <summary>The trimmed text of a cell.</summary>
    public string Get(RosterColumn column, ReadOnlySpan<char> cell)
    {
        cell = Trim(cell);
        if (cell.IsEmpty) return "";
        if (cell.Length <= 3 && SmallNumber(cell) is { } number) return number;
        ref var last = ref _last[(int)column];
        if (cell.SequenceEqual(last)) return last;
        return last = cell.ToString();
    }

    private static string? SmallNumber(ReadOnlySpan<char> cell)
    {
        var value = 0;
        foreach (var c in cell)
        {
            if (!char.IsAsciiDigit(c)) return null;
            value = value * 10 + (c - '0');
        }
        // "05" is not "5": only the canonical spelling may share the table's string.
        return value < SmallNumbers && (cell.Length == 1 || cell[0] != '0') ? Numbers[value] : null;
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
