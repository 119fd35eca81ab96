using System.Security.Cryptography;
using System.Text;

namespace SkillCert.Core.Identity;

/// <summary>
/// The keyed hash that lets the service find a holder by name and ID number without the export holding the number:
/// HMAC-SHA256 over the UTF-8 of <see cref="IdNumber.Normalize"/>. One instance per thread; it reuses its state.
/// </summary>
public sealed class IdHasher : IDisposable
{
    /// <summary>The id key is 32 random bytes.</summary>
    public const int KeyLength = 32;

    /// <summary>The most <see cref="ReadKey"/> reads: a key is 32 bytes, or 64 hex digits or base64 with a line end, so more is not a key.</summary>
    private const int KeyFileLimit = 1024;

    public const int HashLength = 32;

    // A fixed message whose MAC names the key without revealing it, so that a re-export can tell that it was
    // given the same id key as the export before it.
    private static readonly byte[] KeyIdMessage = "skillcert id key"u8.ToArray();

    private readonly IncrementalHash _hmac;

    public IdHasher(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyLength) throw new ArgumentException($"the id key must be {KeyLength} bytes", nameof(key));
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    }

    /// <summary>The hash of an ID number, normalised first so that 14…x and 14…X hash alike.</summary>
    public byte[] Hash(string idNumber)
    {
        var normalized = IdNumber.Normalize(idNumber);
        Span<byte> utf8 = stackalloc byte[128];
        var bytes = normalized.Length <= utf8.Length / 3 ? utf8[..Encoding.UTF8.GetBytes(normalized, utf8)] : Encoding.UTF8.GetBytes(normalized);
        _hmac.AppendData(bytes);
        var hash = new byte[HashLength];
        _hmac.GetHashAndReset(hash);
        return hash;
    }

    /// <summary>A public name for an id key: the first 8 bytes, in hex, of its MAC over a fixed message.</summary>
    public static string KeyId(ReadOnlySpan<byte> key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, KeyIdMessage).AsSpan(0, 8));

    /// <summary>One hash with a throw-away hasher, for callers that hash one number at a time.</summary>
    public static byte[] Compute(ReadOnlySpan<byte> key, string idNumber)
    {
        using var hasher = new IdHasher(key);
        return hasher.Hash(idNumber);
    }

    /// <summary>
    /// The key in a key file's bytes: 32 raw bytes as <c>skillcert keys new --id-key</c> writes them, or the same
    /// written as 64 hex digits or base64 text; null when the content is none of these.
    /// </summary>
    public static byte[]? ParseKey(byte[] content)
    {
        if (content.Length == KeyLength) return content;
        var text = Encoding.ASCII.GetString(content).Trim();
        if (text.Length == KeyLength * 2 && text.All(char.IsAsciiHexDigit)) return Convert.FromHexString(text);
        var buffer = new byte[KeyLength + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) && written == KeyLength ? buffer[..written] : null;
    }

    /// <summary>
    /// The key in what <paramref name="stream"/> holds, read up to a limit and not to a length, so that a pipe (which has
    /// none) can give it and a large file named by mistake is not read whole; <paramref name="read"/> is how many bytes were.
    /// </summary>
    public static byte[]? ReadKey(Stream stream, out int read)
    {
        var content = new byte[KeyFileLimit + 1];
        read = stream.ReadAtLeast(content, content.Length, throwOnEndOfStream: false);
        return ParseKey(content[..read]);
    }

    public void Dispose() => _hmac.Dispose();
}
