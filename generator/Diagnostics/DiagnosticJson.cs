namespace SkillCert.Generator.Diagnostics;

/// <summary>
/// The shape <c>--json</c> prints, one object a line: <c>{"code","severity","file","line","column","message","messageEn"}</c>;
/// severity is <c>error</c> or <c>warning</c>, line and column are 1-based (0 when unknown), message is Chinese.
/// </summary>
public sealed record DiagnosticJson(string Code, string Severity, string File, int Line, int Column, string Message, string MessageEn)
{
    public static DiagnosticJson Of(Diagnostic d) =>
        new(d.Code, d.SeverityIn(DiagnosticLanguage.English), d.File, d.Line, d.Column, d.Message, d.MessageEn);
}
