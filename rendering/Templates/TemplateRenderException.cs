using SkillCert.Core.Diagnostics;

namespace SkillCert.Rendering.Templates;

/// <summary>A template failed while rendering; the diagnostic points at the template's file, line and column.</summary>
public sealed class TemplateRenderException(Diagnostic diagnostic, Exception? inner = null)
    : Exception(diagnostic.ToString(), inner)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
