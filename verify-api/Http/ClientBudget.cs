namespace SkillCert.VerifyApi.Http;

/// <summary>A rate-limit partition: one client address on the plain or the strict budget.</summary>
public readonly record struct ClientBudget(bool Strict, string Address);
