using SkillCert.Generator.Csv;

namespace SkillCert.Generator.Export;

/// <summary>
/// Writes every error and warning of an export to a CSV file (--report), one per line, for a spreadsheet or a script: the
/// message in Chinese, and in English in the last column, as <c>--json</c> gives both.
/// </summary>
public static class ErrorReport
{
    public static void Write(string path, IEnumerable<ExportError> errors)
    {
        var rows = errors.Select(e => new[]
        {
            e.IsWarning ? "warning" : "error", e.Code, e.File, e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Column,
            e.Message, e.MessageEn,
        }).ToArray();
        using var file = File.Create(path);
        TextRows.WriteCsv(file, ["severity", "code", "file", "line", "column", "message", "message_en"], rows);
    }
}
