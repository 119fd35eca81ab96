namespace SkillCert.Generator.OpenData;

/// <summary>One key of /keys.json; retired is null while the key is in use.</summary>
public sealed record KeyRecord(string Kid, JwkRecord Jwk, string ValidFrom, string? Retired);
