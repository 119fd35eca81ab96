namespace SkillCert.Core.Signing;

/// <summary>
/// RFC 4648 base32 without padding. Its alphabet (A–Z, 2–7) lies inside the QR alphanumeric set, so a
/// signature written this way keeps the whole verify URL in the compact alphanumeric mode.
/// </summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var chars = new char[(data.Length * 8 + 4) / 5];
        int buffer = 0, bits = 0, at = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[at++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        if (bits > 0) chars[at++] = Alphabet[(buffer << (5 - bits)) & 31];
        return new string(chars, 0, at);
    }

    /// <summary>
    /// Decodes case-insensitively; null for any character outside the alphabet, a length no encoder writes, or unused
    /// trailing bits that are not zero. So each byte string has one reading only, and a link cannot be varied unseen.
    /// </summary>
    public static byte[]? TryDecode(string text)
    {
        if (text.Length % 8 is 1 or 3 or 6) return null;
        var bytes = new byte[text.Length * 5 / 8];
        int buffer = 0, bits = 0, at = 0;
        foreach (var c in text)
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0) return null;
            buffer = ((buffer << 5) | value) & 0xFFFF;
            bits += 5;
            if (bits >= 8)
            {
                bytes[at++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return (buffer & ((1 << bits) - 1)) == 0 ? bytes : null;
    }
}
