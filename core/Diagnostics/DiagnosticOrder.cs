namespace SkillCert.Core.Diagnostics;

/// <summary>The one order diagnostics print in: by file, line, column and code, so output is the same from run to run.</summary>
public static class DiagnosticOrder
{
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.MessageEn, StringComparer.Ordinal).ToArray();
}
