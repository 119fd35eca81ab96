using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace SkillCert.Generator.Site;

/// <summary>
/// Fingerprints decide what an incremental build renders again: 128-bit XXH3 hashes of everything a file
/// shows, as its model's JSON, its inputs, or its bytes. They only have to tell builds of one site apart, not
/// resist an attacker, so a fast hash is the right one.
/// </summary>
public static class Fingerprint
{
    /// <summary>
    /// The generator's own fingerprint, its module version: the same source gives the same id, any change another. The
    /// build cache and the parse cache both ignore what another generator wrote.
    /// </summary>
    public static string Generator { get; } = typeof(Fingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>A page's fingerprint from its template set and its whole model.</summary>
    public static string OfModel(string template, string templatesHash, object model)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        Encoding.UTF8.GetBytes(template + "\n" + templatesHash + "\n", buffer);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, model, model.GetType(), ModelJsonContext.Default);
        }
        return OfBytes(buffer.WrittenSpan);
    }

    /// <summary>A fingerprint from the inputs a file is made of, each already a fingerprint or a short text.</summary>
    /// <remarks>
    /// The parts are laid end to end, each followed by a zero byte, in one buffer hashed at once: the same bytes, so the
    /// same fingerprint, as appending them one by one, without a hasher's state per call (incremental.sh: 30,000 calls a
    /// rebuild cost 0.1 s of CPU through <see cref="XxHash128.Append(ReadOnlySpan{byte})"/>).
    /// </remarks>
    public static string OfParts(params ReadOnlySpan<string> parts)
    {
        var length = 0;
        foreach (var part in parts) length += part.Length * sizeof(char) + 1;
        var rented = length <= 1024 ? null : ArrayPool<byte>.Shared.Rent(length);
        var buffer = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        var at = 0;
        foreach (var part in parts)
        {
            MemoryMarshal.AsBytes(part.AsSpan()).CopyTo(buffer[at..]);
            at += part.Length * sizeof(char);
            buffer[at++] = 0;
        }
        var print = OfBytes(buffer);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return print;
    }

    public static string OfText(string text) => OfBytes(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <remarks>
    /// Data longer than <see cref="Block"/> is hashed a block at a time, then the blocks' hashes are hashed under another
    /// seed. Up to 240 bytes XxHash128 runs scalar code, precompiled like ours; above, its vector code is compiled at Tier0
    /// in every build process and stays unoptimised in one that lasts half a second (incremental.sh: an address edit spent
    /// 80 ms of CPU there for 10,000 institutions' inputs of ~430 bytes, and 31 ms in Convert.ToHexStringLower's vector code).
    /// </remarks>
    public static string OfBytes(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[HashSize];
        Hash(data, 0, hash);
        Span<char> hex = stackalloc char[HashSize * 2];
        for (var n = 0; n < HashSize; n++)
        {
            hex[2 * n] = HexDigits[hash[n] >> 4];
            hex[2 * n + 1] = HexDigits[hash[n] & 15];
        }
        return new string(hex);
    }

    private const int HashSize = 16;
    private const int Block = 240;
    private const string HexDigits = "0123456789abcdef";

    private static void Hash(ReadOnlySpan<byte> data, long seed, Span<byte> hash)
    {
        if (data.Length <= Block)
        {
            XxHash128.Hash(data, hash, seed);
            return;
        }
        var length = (data.Length + Block - 1) / Block * HashSize;
        var rented = length <= 1024 ? null : ArrayPool<byte>.Shared.Rent(length);
        var blocks = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        for (int at = 0, n = 0; at < data.Length; at += Block, n += HashSize)
            XxHash128.Hash(data.Slice(at, Math.Min(Block, data.Length - at)), blocks.Slice(n, HashSize), seed);
        Hash(blocks, seed + 1, hash);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
    }
}
