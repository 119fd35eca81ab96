using SkillCert.Core.Rosters;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// The header row of a roster: which source column holds each roster column. Headers are matched tolerantly
/// (<see cref="RosterColumns.FromHeader"/>), title rows above the header are skipped, and every missing, unknown or
/// repeated column is named. The columns of <see cref="RosterColumns.Optional"/> may be left out, as the official 附件4
/// leaves them out; the rules take them from elsewhere.
/// </summary>
public sealed class RosterHeader
{
    /// <summary>How many rows from the top may hold a title before the header; the form's title and 填报单位 lines fit.</summary>
    public const int MaxTitleRows = 10;

    private readonly int[] _sourceOf;
    private readonly string[] _names;

    private RosterHeader(int[] sourceOf, string[] names, int line)
    {
        _sourceOf = sourceOf;
        _names = names;
        Line = line;
        Columns = new RosterColumnSet(RosterColumns.All.Where(c => sourceOf[(int)c] >= 0).Sum(c => 1 << (int)c));
    }

    /// <summary>The columns the header has.</summary>
    public RosterColumnSet Columns { get; }

    /// <summary>The line (CSV) or row (XLSX) of the header.</summary>
    public int Line { get; }

    /// <summary>The source column that holds a roster column.</summary>
    public int SourceOf(RosterColumn column) => _sourceOf[(int)column];

    /// <summary>True for a source column with an empty header, whose cells must stay empty.</summary>
    public bool IsBlank(int source) => source >= _names.Length || _names[source].Length == 0;

    /// <summary>The header text of a source column, as the user wrote it (trimmed).</summary>
    public string NameOf(int source) => source < _names.Length ? _names[source] : "";

    /// <summary>True when the cells name at least 姓名 and 证件号码: the row is the header, and rows above it are titles.</summary>
    public static bool LooksLikeHeader(IReadOnlyList<string> cells) =>
        cells.Any(c => RosterColumns.FromHeader(c) == RosterColumn.Name) && cells.Any(c => RosterColumns.FromHeader(c) == RosterColumn.IdNumber);

    /// <summary>Maps a header row; null after reporting every problem with it.</summary>
    public static RosterHeader? Read(IReadOnlyList<string> cells, int line, string display, List<ExportError> errors)
    {
        var before = errors.Count;
        var sourceOf = Enumerable.Repeat(-1, RosterColumns.Count).ToArray();
        var names = cells.Select(c => c.Trim()).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0) continue;
            var shown = names[i].ReplaceLineEndings(" ");
            if (RosterColumns.FromHeader(names[i]) is not { } column)
                errors.Add(new(DiagnosticCodes.RosterHeader, display, line, shown, $"不认识这一列；花名册的列是 {RosterColumns.HeaderLine}，请改成其中一个列名，或删掉这一列",
                    $"unknown column; the columns are {RosterColumns.HeaderLine} — rename it or remove it"));
            else if (sourceOf[(int)column] >= 0)
                errors.Add(new(DiagnosticCodes.RosterHeader, display, line, shown, $"“{RosterColumns.Header(column)}”列出现了两次；只保留一列",
                    $"column {RosterColumns.Header(column)} appears twice; keep one"));
            else
                sourceOf[(int)column] = i;
        }
        foreach (var column in RosterColumns.All.Where(c => sourceOf[(int)c] < 0 && !RosterColumns.Optional.Has(c)))
        {
            // The official 附件4 gives 岗位 and 工龄 as two columns; the richer form gives 岗位工龄 as one.
            errors.Add(column == RosterColumn.Tenure && sourceOf[(int)RosterColumn.Post] >= 0
                ? new(DiagnosticCodes.RosterHeader, display, line, "", $"缺少“工龄”列：花名册有“{RosterColumns.Header(RosterColumn.Post)}”列时，按附件4把“岗位”和“工龄”分成两列，请补上“工龄”列",
                    $"missing column 工龄: a roster with a {RosterColumns.Header(RosterColumn.Post)} column gives 岗位 and 工龄 as two columns, as 附件4 does; add 工龄")
                : new(DiagnosticCodes.RosterHeader, display, line, "", $"缺少“{RosterColumns.Header(column)}”列；表头应当是 {RosterColumns.HeaderLine}",
                    $"missing column {RosterColumns.Header(column)}; the header row is {RosterColumns.HeaderLine}"));
        }
        return errors.Count > before ? null : new RosterHeader(sourceOf, names, line);
    }
}
