namespace SkillCert.VerifyApi.Pages;

/// <summary>The verdict on the QR code's signed claims, when the page was opened from one.</summary>
public sealed record ClaimsView(string Slug, string Heading, string Message);
