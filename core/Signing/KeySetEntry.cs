namespace SkillCert.Core.Signing;

/// <summary>One key of keys.json: its id, the public key as a JWK, and its validity (retired, revoked: a date or null).</summary>
public sealed record KeySetEntry(string Kid, JsonWebKey Jwk, DateOnly ValidFrom, DateOnly? Retired, DateOnly? Revoked = null);
