using System.Security.Cryptography;
using System.Text;

namespace SkillCert.Core.Identity;

/// <summary>
/// The keyed hash that lets the export answer "name + ID number" lookups without holding the ID number:
/// HMAC-SHA256 under a key that the export does not contain, over the UTF-8 of <see cref="IdNumber.Normalize"/>.
/// </summary>
public static class IdHash
{
    /// <summary>The key length in bytes: 256 bits, the HMAC-SHA256 block-size guidance.</summary>
    public const int KeyLength = 32;

    public static byte[] Compute(ReadOnlySpan<byte> key, string idNumber)
    {
        if (key.Length != KeyLength) throw new ArgumentException($"expected a {KeyLength}-byte key", nameof(key));
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(IdNumber.Normalize(idNumber)));
    }
}
