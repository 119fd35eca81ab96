using System.Globalization;

namespace SkillCert.Generator.Diagnostics;

/// <summary>One finding about content or templates, printed like a compiler's so editors and CI can jump to it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary><c>content/institutions/000007.yml:12:5: error SC2104: message</c>; line and column are 1-based.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Math.Max(Column, 1)}") : File;
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {severity} {Code}: {Message}";
    }
}
