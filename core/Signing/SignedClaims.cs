namespace SkillCert.Core.Signing;

/// <summary>
/// Claims together with the id of the key that signed them, the raw 64-byte signature (r‖s), and the version of the
/// link they came in (<see cref="ClaimsEncoding"/>), which says what bytes were signed and whether a high s is allowed.
/// </summary>
public sealed record SignedClaims(QrClaims Claims, string KeyId, byte[] Signature, int Version);
