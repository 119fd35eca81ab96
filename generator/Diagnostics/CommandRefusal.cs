namespace SkillCert.Generator.Diagnostics;

/// <summary>
/// A command that cannot run with the values it was given says why as one SC9023 diagnostic at the command as typed
/// (<c>skillcert export: 错误 SC9023: …</c>), so that <c>--json</c> and <c>--lang</c> hold for it as for every other problem.
/// </summary>
public static class CommandRefusal
{
    public static void Print(TextWriter error, string command, Phrase problem) =>
        error.WriteLine(DiagnosticPrinter.Line(
            new Diagnostic(Severity.Error, DiagnosticCodes.UnusableValue, $"skillcert {command}", 0, 0, problem.Zh, problem.En), DiagnosticStyle.Current));
}
