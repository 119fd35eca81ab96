using System.Data;
using Sylvan.Data.Csv;

namespace SkillCert.Generator.Export;

/// <summary>
/// Writes every error and warning of an export to a CSV file (--report), one per line, for a spreadsheet or a script: the
/// message in Chinese, and in English in the last column, as <c>--json</c> gives both.
/// </summary>
public static class ErrorReport
{
    public static void Write(string path, IEnumerable<ExportError> errors)
    {
        using var table = new DataTable("errors") { Locale = System.Globalization.CultureInfo.InvariantCulture };
        table.Columns.Add("severity", typeof(string));
        table.Columns.Add("code", typeof(string));
        table.Columns.Add("file", typeof(string));
        table.Columns.Add("line", typeof(int));
        table.Columns.Add("column", typeof(string));
        table.Columns.Add("message", typeof(string));
        table.Columns.Add("message_en", typeof(string));
        foreach (var e in errors) table.Rows.Add(e.IsWarning ? "warning" : "error", e.Code, e.File, e.Line, e.Column, e.Message, e.MessageEn);
        // A BOM, so that Excel on a Chinese system opens the UTF-8 report without garbling it.
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = CsvDataWriter.Create(writer);
        using var rows = table.CreateDataReader();
        csv.Write(rows);
    }
}
