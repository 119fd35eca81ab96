namespace SkillCert.Core.Signing;

/// <summary>Claims together with the id of the key that signed them and the raw 64-byte signature (r‖s).</summary>
public sealed record SignedClaims(QrClaims Claims, string KeyId, byte[] Signature);
