using System.Security.Cryptography;
using System.Text;

namespace SkillCert.Core.Identity;

/// <summary>
/// The keyed hash that lets the service find a holder by name and ID number without the export holding the number:
/// HMAC-SHA256 over the UTF-8 of <see cref="IdNumber.Normalize"/>. One instance per thread; it reuses its state.
/// Where OpenSSL's SHA-256 can be called directly (<see cref="OpenSslSha256"/>), the HMAC (RFC 2104) starts from the
/// SHA-256 states of the key's inner and outer blocks, computed once, and costs two compression rounds a number
/// (IdHashBenchmark); elsewhere it goes through <see cref="IncrementalHash"/>. Both give the same bytes (IdHasherTests).
/// </summary>
public sealed class IdHasher : IDisposable
{
    /// <summary>The id key is 32 random bytes.</summary>
    public const int KeyLength = 32;

    public const int HashLength = 32;

    // A fixed message whose MAC names the key without revealing it, so that a re-export can tell that it was
    // given the same id key as the export before it.
    private static readonly byte[] KeyIdMessage = "skillcert id key"u8.ToArray();

    // SHA-256 reads 64-byte blocks; the key, shorter, is padded with zeros to one and masked with each pad.
    private const int BlockLength = 64;

    private readonly IncrementalHash? _hmac;

    // The inner state, then the outer, each OpenSslSha256.ContextLength bytes; null without OpenSslSha256.
    private readonly byte[]? _states;

    public IdHasher(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyLength) throw new ArgumentException($"the id key must be {KeyLength} bytes", nameof(key));
        if (!OpenSslSha256.IsAvailable)
        {
            _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            return;
        }
        _states = new byte[2 * OpenSslSha256.ContextLength];
        Span<byte> block = stackalloc byte[BlockLength];
        ReadOnlySpan<byte> pads = [0x36, 0x5c];
        for (var state = 0; state < pads.Length; state++)
        {
            block.Fill(pads[state]);
            for (var i = 0; i < key.Length; i++) block[i] ^= key[i];
            var context = State(state);
            OpenSslSha256.Init(context);
            OpenSslSha256.Update(context, block);
        }
        CryptographicOperations.ZeroMemory(block);
    }

    /// <summary>The hash of an ID number, normalised first so that 14…x and 14…X hash alike.</summary>
    public byte[] Hash(string idNumber)
    {
        var normalized = IdNumber.Normalize(idNumber);
        Span<byte> utf8 = stackalloc byte[128];
        var bytes = normalized.Length <= utf8.Length / 3 ? utf8[..Encoding.UTF8.GetBytes(normalized, utf8)] : Encoding.UTF8.GetBytes(normalized);
        var hash = new byte[HashLength];
        if (_hmac is not null)
        {
            _hmac.AppendData(bytes);
            _hmac.GetHashAndReset(hash);
            return hash;
        }
        Span<byte> context = stackalloc byte[OpenSslSha256.ContextLength];
        Span<byte> inner = stackalloc byte[HashLength];
        State(0).CopyTo(context);
        OpenSslSha256.Update(context, bytes);
        OpenSslSha256.Final(context, inner);
        State(1).CopyTo(context);
        OpenSslSha256.Update(context, inner);
        OpenSslSha256.Final(context, hash);
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

    public void Dispose()
    {
        _hmac?.Dispose();
        if (_states is not null) CryptographicOperations.ZeroMemory(_states);
    }

    private Span<byte> State(int index) => _states.AsSpan(index * OpenSslSha256.ContextLength, OpenSslSha256.ContextLength);
}
