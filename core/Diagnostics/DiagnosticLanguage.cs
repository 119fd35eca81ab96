namespace SkillCert.Core.Diagnostics;

/// <summary>The language a diagnostic is shown in: Chinese for the administrators, English for whoever asks for it.</summary>
public enum DiagnosticLanguage
{
    Chinese,
    English,
}
