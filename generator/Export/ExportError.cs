using System.Globalization;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// A problem found in the rosters, batch files or revocations: its code, the file as the user named it, the line (CSV,
/// header = 1) or row (XLSX), the column's header or number, and the message in Chinese (shown first) and in English.
/// It prints as a <see cref="Diagnostic"/>, like every other problem.
/// </summary>
public sealed record ExportError(string Code, string File, int Line, string Column, string Message, string MessageEn, bool IsWarning = false)
{
    /// <summary>A problem of a whole file: no line, no column.</summary>
    public static ExportError OfFile(string code, string file, string message, string messageEn) => new(code, file, 0, "", message, messageEn);

    public static ExportError Warning(string code, string file, string message, string messageEn) =>
        new(code, file, 0, "", message, messageEn, IsWarning: true);

    /// <summary>A problem at a place of a source file, its column by number (none when the place has no column).</summary>
    public static ExportError At(string code, SourceSpot spot, string message, string messageEn, bool isWarning = false) =>
        new(code, spot.File, spot.Line, ColumnOf(spot.Column), message, messageEn, isWarning);

    /// <summary>A diagnostic of a batch file, read as content is, kept with its code and both messages.</summary>
    public static ExportError From(Diagnostic d) =>
        new(d.Code, d.File, d.Line, ColumnOf(d.Column), d.Message, d.MessageEn, !d.IsError);

    /// <summary>A 1-based column number as the error prints it; nothing for 0, an unknown column.</summary>
    public static string ColumnOf(int column) => column > 0 ? column.ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>
    /// The one diagnostic model: a column number stays a column, while a column's header (证件号码) leads the message, since
    /// the administrator finds a roster's cell by its header.
    /// </summary>
    public Diagnostic ToDiagnostic()
    {
        var numbered = int.TryParse(Column, NumberStyles.None, CultureInfo.InvariantCulture, out var column);
        var (zh, en) = numbered || Column.Length == 0 ? (Message, MessageEn) : ($"{Column}：{Message}", $"{Column}: {MessageEn}");
        return new Diagnostic(IsWarning ? Severity.Warning : Severity.Error, Code, File, Line, numbered ? column : 0, zh, en);
    }

    public override string ToString() => ToDiagnostic().ToString(DiagnosticStyle.Current.Language);
}
