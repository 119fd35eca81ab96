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
}
