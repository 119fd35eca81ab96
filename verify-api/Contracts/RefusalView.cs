namespace SkillCert.VerifyApi.Contracts;

/// <summary>Why a candidate export was not loaded, and when.</summary>
public sealed record RefusalView(string Reason, string At);
