namespace SkillCert.Generator.Diagnostics;

/// <summary>
/// What one diagnostic code means and how to fix it, with an example of what sets it off: the reference page
/// (docs/diagnostics.md, <c>skillcert diagnostics</c>) is made of these entries.
/// </summary>
public sealed record DiagnosticEntry(string Code, Severity Severity, string Meaning, string MeaningEn, string Fix, string Example);
