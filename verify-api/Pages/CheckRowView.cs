namespace SkillCert.VerifyApi.Pages;

/// <summary>One check on the result page: pass, fail or skipped, its Chinese label, and why.</summary>
public sealed record CheckRowView(string Verdict, string Mark, string Label, string Message);
