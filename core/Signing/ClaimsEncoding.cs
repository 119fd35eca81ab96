using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SkillCert.Core.Signing;

/// <summary>
/// The bytes a QR signature covers, by version of the link. Version 0, on every QR code printed before versions
/// existed, is the UTF-8 text <c>number|name|level|yyyy-MM-dd</c>. From version 1 the bytes are a context string
/// and then each field, every one of them preceded by its UTF-8 length as two big-endian bytes, so that no two
/// claims share their bytes and no signature made for anything else reads as a claim.
/// </summary>
public static class ClaimsEncoding
{
    /// <summary>The links printed before versions existed: <c>number|name|level|yyyy-MM-dd</c>, any s accepted.</summary>
    public const int Legacy = 0;

    /// <summary>The version new signatures are made in: context string, length-prefixed fields, low s.</summary>
    public const int Current = 1;

    /// <summary>The context string of version 1, the first length-prefixed field of what is signed.</summary>
    public const string ContextV1 = "SkillCert QR claims v1";

    public static bool IsKnown(int version) => version is Legacy or Current;

    /// <summary>The bytes signed for <paramref name="claims"/> in <paramref name="version"/>; throws for a version that does not exist.</summary>
    public static byte[] SignedBytes(QrClaims claims, int version)
    {
        var level = claims.Level.ToString(CultureInfo.InvariantCulture);
        var day = claims.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return version switch
        {
            Legacy => Encoding.UTF8.GetBytes($"{claims.Number}|{claims.Name}|{level}|{day}"),
            Current => LengthPrefixed(ContextV1, claims.Number, claims.Name, level, day),
            _ => throw new ArgumentOutOfRangeException(nameof(version), version, "no such version of the signed claims"),
        };
    }

    private static byte[] LengthPrefixed(params string[] fields)
    {
        var encoded = fields.Select(Encoding.UTF8.GetBytes).ToArray();
        var bytes = new byte[encoded.Sum(f => 2 + f.Length)];
        var at = 0;
        foreach (var field in encoded)
        {
            if (field.Length > ushort.MaxValue) throw new ArgumentException("a claim longer than 65,535 bytes cannot be signed", nameof(fields));
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at), (ushort)field.Length);
            field.CopyTo(bytes, at + 2);
            at += 2 + field.Length;
        }
        return bytes;
    }
}
