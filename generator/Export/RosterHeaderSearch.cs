using SkillCert.Core.Rosters;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// Finds a roster's header among its first rows, for CSV and XLSX alike: blank rows are skipped, rows above the
/// header are titles, and the header is the first row that names both 姓名 and 证件号码. When no row within
/// <see cref="RosterHeader.MaxTitleRows"/> does, the first row is read as the header so that its problems are named.
/// </summary>
public sealed class RosterHeaderSearch(string display, List<ExportError> errors)
{
    private readonly List<(IReadOnlyList<string> Cells, int Line)> _seen = [];

    public RosterHeader? Header { get; private set; }

    /// <summary>True once the search has ended: the header was found, or it was found wanting.</summary>
    public bool IsOver { get; private set; }

    /// <summary>Offers the next row while the header is not yet known.</summary>
    public void Offer(IReadOnlyList<string> cells, int line)
    {
        if (IsOver || cells.All(string.IsNullOrWhiteSpace)) return;
        _seen.Add((cells, line));
        if (RosterHeader.LooksLikeHeader(cells)) Decide(cells, line);
        else if (_seen.Count >= RosterHeader.MaxTitleRows) Decide(_seen[0].Cells, _seen[0].Line);
    }

    /// <summary>At the end of the sheet: the header, or null after reporting why there is none.</summary>
    public RosterHeader? Finish()
    {
        if (IsOver) return Header;
        if (_seen.Count > 0) Decide(_seen[0].Cells, _seen[0].Line);
        else errors.Add(ExportError.OfFile(DiagnosticCodes.RosterHeader, display, $"花名册是空的；它要有表头 {RosterColumns.HeaderLine}，每人再占一行",
            $"the roster is empty; it needs the header row {RosterColumns.HeaderLine} and a row per person"));
        IsOver = true;
        return Header;
    }

    private void Decide(IReadOnlyList<string> cells, int line)
    {
        Header = RosterHeader.Read(cells, line, display, errors);
        IsOver = true;
    }
}
