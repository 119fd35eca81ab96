namespace SkillCert.VerifyApi.Contracts;

/// <summary>The publicity of a certificate's batch: its first and last day, and where the list was posted.</summary>
public sealed record PublicityView(string From, string To, string Place);
