namespace SkillCert.VerifyApi.Contracts;

/// <summary>The issuing institution as the catalogue shows it today; name and status are null when it is not in the export.</summary>
public sealed record InstitutionView(string Seq, string? Name, InstitutionStatusView? Status);
