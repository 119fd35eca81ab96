namespace SkillCert.VerifyApi.Contracts;

/// <summary>One check in the public answer: its name, pass/fail/skipped, and why in both languages.</summary>
public sealed record CheckView(string Check, string Verdict, string Message, string MessageZh);
