namespace SkillCert.Core.Diagnostics;

/// <summary>Whether a diagnostic stops publication.</summary>
public enum Severity
{
    Warning,
    Error,
}
