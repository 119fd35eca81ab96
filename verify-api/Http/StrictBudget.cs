namespace SkillCert.VerifyApi.Http;

/// <summary>Marks an endpoint whose every request counts against the strict per-client budget (lookups).</summary>
public sealed class StrictBudget;
