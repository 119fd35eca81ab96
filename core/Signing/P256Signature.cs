using System.Numerics;

namespace SkillCert.Core.Signing;

/// <summary>
/// The low-s rule for raw P-256 signatures (r‖s, 32 bytes each). For every valid (r, s), (r, n − s) is valid too,
/// so anyone can make a second signature of the same claims. Signing with s ≤ n/2, and refusing s > n/2 where a
/// version of the link requires it, leaves one signature per signing.
/// </summary>
public static class P256Signature
{
    public const int Length = 64;

    /// <summary>The order n of the P-256 group, big-endian.</summary>
    private static readonly BigInteger Order = new(
        Convert.FromHexString("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"), isUnsigned: true, isBigEndian: true);

    /// <summary>⌊n/2⌋ in 32 big-endian bytes: compared byte by byte, which for equal lengths is comparing the numbers.</summary>
    private static readonly byte[] HalfOrder = (Order >> 1).ToByteArray(isUnsigned: true, isBigEndian: true);

    /// <summary>True when the signature is 64 bytes and its s is at most n/2.</summary>
    public static bool HasLowS(ReadOnlySpan<byte> signature) =>
        signature.Length == Length && signature[32..].SequenceCompareTo(HalfOrder) <= 0;

    /// <summary>The same signature with s replaced by n − s when s is above n/2; a signature already low is returned as it is.</summary>
    public static byte[] WithLowS(byte[] signature) => HasLowS(signature) ? signature : Mirror(signature);

    /// <summary>The other valid signature of the same message by the same key: s replaced by n − s, r kept.</summary>
    public static byte[] Mirror(byte[] signature)
    {
        if (signature.Length != Length) throw new ArgumentException("a raw P-256 signature is 64 bytes", nameof(signature));
        var s = new BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
        if (s.IsZero || s >= Order) throw new ArgumentException("s is not between 1 and n − 1; this is no P-256 signature", nameof(signature));
        var other = (Order - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        var result = new byte[Length];
        signature.AsSpan(0, 32).CopyTo(result);
        other.CopyTo(result.AsSpan(Length - other.Length));
        return result;
    }
}
