using System.Globalization;

namespace SkillCert.Generator.Export;

/// <summary>
/// A problem found by the export, printed as <c>rosters/000003/2024-2.csv:17:证件号码: check character should be 7</c>:
/// the file as the user named it, the line (CSV, header = 1) or row (XLSX), the column's header, and the message.
/// </summary>
public sealed record ExportError(string File, int Line, string Column, string Message, bool IsWarning = false)
{
    public override string ToString()
    {
        var where = File;
        if (Line > 0) where += string.Create(CultureInfo.InvariantCulture, $":{Line}");
        if (Column.Length > 0) where += $":{Column}";
        return IsWarning ? $"{where}: warning: {Message}" : $"{where}: {Message}";
    }

    public static ExportError Warning(string file, string message) => new(file, 0, "", message, IsWarning: true);

    /// <summary>A problem at a place of a source file, its column by number (none when the place has no column).</summary>
    public static ExportError At(Diagnostics.SourceSpot spot, string message, bool isWarning = false) =>
        new(spot.File, spot.Line, ColumnOf(spot.Column), message, isWarning);

    /// <summary>A 1-based column number as the error prints it; nothing for 0, an unknown column.</summary>
    public static string ColumnOf(int column) => column > 0 ? column.ToString(CultureInfo.InvariantCulture) : "";
}
