namespace SkillCert.Core.Signing;

/// <summary>The public JWK fields of a P-256 key, named as RFC 7517 names them once serialised in lower case.</summary>
public sealed record JsonWebKey(string Kty, string Crv, string X, string Y, string Kid, string Alg, string Use);
