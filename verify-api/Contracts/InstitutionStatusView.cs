namespace SkillCert.VerifyApi.Contracts;

/// <summary>An institution's catalogue status on a day: its Chinese label, stable slug and cause.</summary>
public sealed record InstitutionStatusView(string Label, string Slug, string Cause, string AsOf);
