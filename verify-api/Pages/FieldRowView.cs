namespace SkillCert.VerifyApi.Pages;

/// <summary>One field of the typed number: where it sits, what it is, what was found, and what it means or why it is wrong.</summary>
public sealed record FieldRowView(string Positions, string Label, string Value, string? Meaning, string? Error);
