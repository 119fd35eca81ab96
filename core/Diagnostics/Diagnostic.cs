using System.Globalization;

namespace SkillCert.Core.Diagnostics;

/// <summary>
/// One problem found in content, templates, rosters, an export or the service's start-up: a stable code, a severity,
/// the 1-based place (line and column 0 when unknown), and the message in Chinese, shown first, and in English.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message, string MessageEn)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The message in a language.</summary>
    public string MessageIn(DiagnosticLanguage language) => language == DiagnosticLanguage.English ? MessageEn : Message;

    /// <summary>The severity as a word of a language: 错误/警告, or error/warning.</summary>
    public string SeverityIn(DiagnosticLanguage language) => (Severity, language) switch
    {
        (Severity.Error, DiagnosticLanguage.English) => "error",
        (Severity.Warning, DiagnosticLanguage.English) => "warning",
        (Severity.Error, _) => "错误",
        _ => "警告",
    };

    /// <summary>
    /// <c>content/institutions/000007.yml:12:5: 错误 SC2104: message</c>, like a compiler's line, so editors and CI jump to
    /// the place; the column is left out when only the line is known.
    /// </summary>
    public string ToString(DiagnosticLanguage language)
    {
        var where = File;
        if (Line > 0) where += string.Create(CultureInfo.InvariantCulture, $":{Line}");
        if (Line > 0 && Column > 0) where += string.Create(CultureInfo.InvariantCulture, $":{Column}");
        return $"{where}: {SeverityIn(language)} {Code}: {MessageIn(language)}";
    }

    public override string ToString() => ToString(DiagnosticLanguage.Chinese);
}
