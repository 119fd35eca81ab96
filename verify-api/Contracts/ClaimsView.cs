namespace SkillCert.VerifyApi.Contracts;

/// <summary>The finding on a QR code's signed claims: authentic, mismatch, unknown-key, retired-key, tampered or unreadable.</summary>
public sealed record ClaimsView(string Verdict, IReadOnlyList<string> DifferingFields, string Message, string MessageZh);
