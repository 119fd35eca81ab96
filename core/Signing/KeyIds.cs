using System.Security.Cryptography;

namespace SkillCert.Core.Signing;

/// <summary>Key ids: the first 8 bytes of the SHA-256 of the public key's DER SubjectPublicKeyInfo, in lower-case hex.</summary>
public static class KeyIds
{
    public const int Length = 16;

    public static string Of(byte[] subjectPublicKeyInfo) =>
        Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo).AsSpan(0, 8));
}
