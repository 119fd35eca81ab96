using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace SkillCert.Generator.Build;

/// <summary>
/// The gzip twin of a large file, made as one ordinary gzip member whose deflate stream is a series of parts compressed
/// independently (each from an empty window, ended by a sync flush on a byte boundary, as <c>pigz --independent</c>
/// does), so that a part whose bytes did not change is copied from the published twin instead of compressed again.
/// Parts are cut where the content says (a rolling hash of the last 64 bytes, between 64 KB and 1 MB apart), not at fixed offsets, so one edit
/// changes one part or two and shifts none of the others. Any gzip reader, browsers included, reads it as one stream.
/// Justified by incremental.sh: compressing catalogue.json's 13.7 MB whole cost a rebuild 0.15–0.4 s of its gzip twin.
/// Brotli has no such form that .NET can write (its streams cannot be joined unless the encoder is told to make them
/// joinable, which <see cref="BrotliEncoder"/> cannot), so the Brotli twin is still made whole.
/// </summary>
public static class ChunkedGzip
{
    private const int MinPart = 64 * 1024;
    private const int MaxPart = 1024 * 1024;

    /// <summary>A cut falls where the top 18 bits of the rolling hash are zero: a part of some 320 KB, which compresses within 3 % of the whole.</summary>
    private const ulong CutMask = 0xFFFF_C000_0000_0000;

    private static readonly byte[] Header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];

    /// <summary>A final, empty block of fixed Huffman codes: the end of the deflate stream.</summary>
    private static readonly byte[] LastBlock = [3, 0];

    private static readonly ulong[] Gear = MakeGear();

    /// <summary>
    /// The twin of <paramref name="data"/>, with the parts of the <paramref name="published"/> twin that still fit, and
    /// the index of its parts for the next build.
    /// </summary>
    public static (byte[] Twin, GzipParts Parts) Compress(byte[] data, byte[]? published, GzipParts? publishedParts)
    {
        var cuts = Cuts(data);
        var old = new Dictionary<string, (long Start, int Length)>(StringComparer.Ordinal);
        if (published is not null && publishedParts is not null && publishedParts.TwinHash == Site.Fingerprint.OfBytes(published))
        {
            foreach (var part in publishedParts.Parts.Where(p => p.Start >= 0 && p.Length >= 0 && p.Start + p.Length <= published.Length))
                old.TryAdd(part.Hash, (part.Start, part.Length));
        }
        var hashes = new string[cuts.Count];
        var made = new byte[cuts.Count][];
        Parallel.For(0, cuts.Count, n =>
        {
            var (start, length) = cuts[n];
            var part = data.AsSpan(start, length);
            hashes[n] = Site.Fingerprint.OfBytes(part);
            made[n] = old.TryGetValue(hashes[n], out var was) ? published.AsSpan((int)was.Start, was.Length).ToArray() : Deflate(part);
        });
        using var output = new MemoryStream(made.Sum(m => m.Length) + 32);
        output.Write(Header);
        var parts = new List<GzipPart>(cuts.Count);
        for (var n = 0; n < cuts.Count; n++)
        {
            parts.Add(new GzipPart(hashes[n], output.Position, made[n].Length));
            output.Write(made[n]);
        }
        output.Write(LastBlock);
        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32.HashToUInt32(data));
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], (uint)data.Length);
        output.Write(trailer);
        var twin = output.ToArray();
        return (twin, new GzipParts(Site.Fingerprint.OfBytes(twin), parts));
    }

    /// <summary>The parts of the twins an earlier build made, by the twin's site path; empty when there are none or the file is damaged.</summary>
    public static Dictionary<string, GzipParts> ReadIndex(string file)
    {
        var index = new Dictionary<string, GzipParts>(StringComparer.Ordinal);
        if (!File.Exists(file)) return index;
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file));
            for (var twins = reader.ReadInt32(); twins > 0; twins--)
            {
                var path = reader.ReadString();
                var hash = reader.ReadString();
                var parts = new GzipPart[reader.ReadInt32()];
                for (var i = 0; i < parts.Length; i++) parts[i] = new GzipPart(reader.ReadString(), reader.ReadInt64(), reader.ReadInt32());
                index[path] = new GzipParts(hash, parts);
            }
            return index;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or OverflowException)
        {
            return [];
        }
    }

    /// <summary>Writes the index through a temporary file; a twin whose hash does not match its published file is never used.</summary>
    public static void WriteIndex(string file, IReadOnlyDictionary<string, GzipParts> index)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = file + $".{Environment.ProcessId}.tmp";
        using (var writer = new BinaryWriter(File.Create(temp)))
        {
            writer.Write(index.Count);
            foreach (var (path, twin) in index.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(path);
                writer.Write(twin.TwinHash);
                writer.Write(twin.Parts.Count);
                foreach (var part in twin.Parts)
                {
                    writer.Write(part.Hash);
                    writer.Write(part.Start);
                    writer.Write(part.Length);
                }
            }
        }
        File.Move(temp, file, overwrite: true);
    }

    /// <summary>A part's deflate blocks from an empty window, up to and including the sync flush's empty stored block.</summary>
    private static byte[] Deflate(ReadOnlySpan<byte> part)
    {
        using var output = new MemoryStream(part.Length / 3 + 64);
        var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true);
        deflate.Write(part);
        deflate.Flush();
        var flushed = output.ToArray();
        // The final block that disposing adds is left out: the stream goes on with the next part.
        deflate.Dispose();
        if (!flushed.AsSpan().EndsWith((ReadOnlySpan<byte>)[0, 0, 0xff, 0xff]))
            throw new InvalidOperationException("deflate did not end the part on a sync flush");
        return flushed;
    }

    /// <summary>The parts, cut by a gear hash (as FastCDC does).</summary>
    private static List<(int Start, int Length)> Cuts(byte[] data)
    {
        var cuts = new List<(int, int)>(data.Length / (64 * 1024) + 1);
        var start = 0;
        ulong hash = 0;
        for (var i = 0; i < data.Length; i++)
        {
            hash = (hash << 1) + Gear[data[i]];
            var length = i + 1 - start;
            if ((length >= MinPart && (hash & CutMask) == 0) || length >= MaxPart)
            {
                cuts.Add((start, length));
                start = i + 1;
                hash = 0;
            }
        }
        if (start < data.Length || cuts.Count == 0) cuts.Add((start, data.Length - start));
        return cuts;
    }

    /// <summary>256 fixed pseudo-random words (SplitMix64 from a fixed seed), the same in every build.</summary>
    private static ulong[] MakeGear()
    {
        var gear = new ulong[256];
        var state = 0x5EED_5C11_CE27_0001UL;
        for (var i = 0; i < gear.Length; i++)
        {
            var z = state += 0x9E37_79B9_7F4A_7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
            gear[i] = z ^ (z >> 31);
        }
        return gear;
    }
}
