using SkillCert.Core.Diagnostics;

namespace SkillCert.Generator.Build;

/// <summary>The build cannot go on for a reason outside the content (a folder missing, an unsafe output folder), said as its diagnostic.</summary>
public sealed class BuildEnvironmentException(Diagnostic diagnostic) : Exception(diagnostic.MessageEn)
{
    public Diagnostic Diagnostic { get; } = diagnostic;

    public static BuildEnvironmentException Of(string code, string file, string message, string messageEn) =>
        new(new Diagnostic(Severity.Error, code, file, 0, 0, message, messageEn));
}
