using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace SkillCert.Generator.Build;

/// <summary>
/// The gzip twin of a large file, made as one ordinary gzip member whose deflate stream is a series of parts compressed
/// independently (each from an empty window, ended by a sync flush on a byte boundary, as <c>pigz --independent</c>
/// does), so that a part whose bytes did not change is copied from the published twin instead of compressed again.
/// Parts are cut where the content says (a rolling hash of the last 64 bytes, between 64 KB and 1 MB apart), not at fixed offsets, so one edit
/// changes one part or two and shifts none of the others. Any gzip reader, browsers included, reads it as one stream.
/// Justified by incremental.sh: compressing catalogue.json's 13.7 MB whole cost a rebuild 0.15–0.4 s of its gzip twin.
/// </summary>
public static class ChunkedGzip
{
    public const int MinPart = 64 * 1024;
    public const int MaxPart = 1024 * 1024;

    /// <summary>A cut falls where the top 18 bits of the rolling hash are zero: a part of some 320 KB, which compresses within 3 % of the whole.</summary>
    public const ulong CutMask = 0xFFFF_C000_0000_0000;

    private static readonly byte[] Header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];

    /// <summary>A final, empty block of fixed Huffman codes: the end of the deflate stream.</summary>
    private static readonly byte[] LastBlock = [3, 0];

    private static readonly ulong[] Gear = MakeGear();

    /// <summary>The index's first word: an index of another form, or of parts cut by another rule, is not read.</summary>
    private static readonly string IndexFormat =
        $"skillcert-gzip-parts 2 {MinPart} {MaxPart} {CutMask:x} {Site.Fingerprint.OfBytes(MemoryMarshal.AsBytes(Gear.AsSpan()))}";

    /// <summary>The gear hash's table; the tests check the cuts against every byte hashed with it.</summary>
    public static ReadOnlySpan<ulong> GearTable => Gear;

    /// <summary>
    /// The twin of <paramref name="data"/>, with the parts of the <paramref name="published"/> twin that still fit, and
    /// the index of its parts for the next build.
    /// </summary>
    public static (byte[] Twin, GzipParts Parts) Compress(byte[] data, byte[]? published, GzipParts? publishedParts)
    {
        var (cuts, hashes) = CutsAfter(data, publishedParts);
        // Parts are found by reference and copied once, into a twin sized exactly (incremental.sh: no tuple-keyed
        // dictionary to compile at start, and two copies of the 3.6 MB twin fewer).
        var old = new Dictionary<string, GzipPart>(StringComparer.Ordinal);
        if (published is not null && publishedParts is not null && publishedParts.TwinHash == Site.Fingerprint.OfBytes(published))
        {
            foreach (var part in publishedParts.Parts)
            {
                if (part.Start >= 0 && part.Length >= 0 && part.Start + part.Length <= published.Length) old.TryAdd(part.Hash, part);
            }
        }
        var made = new byte[]?[cuts.Count];
        var kept = new GzipPart?[cuts.Count];
        Parallel.For(0, cuts.Count, n =>
        {
            var part = data.AsSpan(cuts[n].Start, cuts[n].Length);
            var hash = hashes[n] ??= Site.Fingerprint.OfBytes(part);
            if (old.TryGetValue(hash, out var was)) kept[n] = was;
            else made[n] = Deflate(part);
        });
        var size = Header.Length + LastBlock.Length + 8L;
        for (var n = 0; n < cuts.Count; n++) size += made[n]?.Length ?? kept[n]!.Length;
        var twin = GC.AllocateUninitializedArray<byte>(checked((int)size));
        Header.CopyTo(twin, 0);
        var at = Header.Length;
        var parts = new GzipPart[cuts.Count];
        for (var n = 0; n < cuts.Count; n++)
        {
            var blocks = made[n] is { } fresh ? fresh : published.AsSpan((int)kept[n]!.Start, kept[n]!.Length);
            parts[n] = new GzipPart(hashes[n]!, at, blocks.Length, cuts[n].Length);
            blocks.CopyTo(twin.AsSpan(at));
            at += blocks.Length;
        }
        LastBlock.CopyTo(twin, at);
        at += LastBlock.Length;
        BinaryPrimitives.WriteUInt32LittleEndian(twin.AsSpan(at), Crc32.HashToUInt32(data));
        BinaryPrimitives.WriteUInt32LittleEndian(twin.AsSpan(at + 4), (uint)data.Length);
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
            if (reader.ReadString() != IndexFormat) return index;
            for (var twins = reader.ReadInt32(); twins > 0; twins--)
            {
                var path = reader.ReadString();
                var hash = reader.ReadString();
                var parts = new GzipPart[reader.ReadInt32()];
                for (var i = 0; i < parts.Length; i++) parts[i] = new GzipPart(reader.ReadString(), reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt32());
                index[path] = new GzipParts(hash, parts);
            }
            return index;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or OverflowException or FormatException)
        {
            return [];
        }
    }

    /// <summary>Writes the index through a temporary file; a twin whose hash does not match its published file is never used.</summary>
    public static void WriteIndex(string file, IReadOnlyDictionary<string, GzipParts> index)
    {
        CacheFile.Replace(file, stream =>
        {
            using var writer = new BinaryWriter(stream);
            writer.Write(IndexFormat);
            writer.Write(index.Count);
            var paths = index.Keys.ToArray();
            Array.Sort(paths, StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var twin = index[path];
                writer.Write(path);
                writer.Write(twin.TwinHash);
                writer.Write(twin.Parts.Count);
                foreach (var part in twin.Parts)
                {
                    writer.Write(part.Hash);
                    writer.Write(part.Start);
                    writer.Write(part.Length);
                    writer.Write(part.DataLength);
                }
            }
        });
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

    /// <summary>
    /// The parts, cut by a gear hash (as FastCDC does): a part ends at the first byte, <see cref="MinPart"/> or more into
    /// it, where the hash's top bits are zero, or at <see cref="MaxPart"/>.
    /// </summary>
    public static List<(int Start, int Length)> Cuts(ReadOnlySpan<byte> data) => CutsAfter(data, null).Cuts;

    /// <summary>
    /// The cuts of <see cref="Cuts"/> and, for the parts found in <paramref name="before"/>, their hashes. Where a cut
    /// falls depends on the bytes since the last cut alone, so a part of the last twin that recurs, byte for byte, right
    /// after a cut ends where it did, and is found by its hash instead of hashing each of its bytes again; a part that
    /// ended the last file is taken only where it ends this one (ChunkedGzipTests; incremental.sh: an address edit runs
    /// the gear hash over one part of catalogue.json's 23, not all 13.7 MB, 15-25 ms under load; the hashes it takes
    /// instead were made anyway).
    /// </summary>
    public static (List<(int Start, int Length)> Cuts, string?[] Hashes) CutsAfter(ReadOnlySpan<byte> data, GzipParts? before)
    {
        var old = before?.Parts ?? [];
        var oldStarts = new long[old.Count];
        for (var j = 1; j < old.Count; j++) oldStarts[j] = oldStarts[j - 1] + old[j - 1].DataLength;
        var cuts = new List<(int Start, int Length)>(data.Length / MinPart + 1);
        var hashes = new List<string?>(cuts.Capacity);
        // Where the last found part's bytes were in the last file, against where they are now: an edit shifts those after it.
        var shift = 0L;
        for (var start = 0; start < data.Length; start += cuts[^1].Length)
        {
            var found = Recurring(data, start, old, oldStarts, shift, out var hash);
            if (found >= 0) shift = start - oldStarts[found];
            cuts.Add((start, found >= 0 ? old[found].DataLength : PartAt(data, start)));
            hashes.Add(hash);
        }
        if (cuts.Count == 0)
        {
            cuts.Add((0, 0));
            hashes.Add(null);
        }
        return (cuts, hashes.ToArray());
    }

    /// <summary>
    /// Which of the last file's parts, near where the shift puts its bytes, has the bytes at <paramref name="start"/>,
    /// with its hash; -1 when none.
    /// </summary>
    private static int Recurring(ReadOnlySpan<byte> data, int start, IReadOnlyList<GzipPart> old, long[] oldStarts, long shift, out string? hash)
    {
        hash = null;
        var near = 0;
        while (near < old.Count && oldStarts[near] < start - shift) near++;
        foreach (var j in (ReadOnlySpan<int>)[near, near + 1, near - 1, near + 2])
        {
            if (j < 0 || j >= old.Count) continue;
            var length = old[j].DataLength;
            var last = j == old.Count - 1;
            if (length <= 0 || (long)start + length > data.Length || (last && start + length != data.Length)) continue;
            var print = Site.Fingerprint.OfBytes(data.Slice(start, length));
            if (print != old[j].Hash) continue;
            hash = print;
            return j;
        }
        return -1;
    }

    /// <summary>
    /// The length of the part that starts at <paramref name="start"/>. Each byte shifts the hash one bit left, so the hash
    /// at a byte is made of the last 64 bytes alone: hashing starts 64 bytes before the part's first possible end, and the
    /// bytes before are skipped (ChunkedGzipTests prove the cuts those of every byte hashed; incremental.sh probes under load:
    /// catalogue.json's 13.7 MB 25-42 -> 10-28 ms).
    /// </summary>
    private static int PartAt(ReadOnlySpan<byte> data, int start)
    {
        if (data.Length - start < MinPart) return data.Length - start;
        var gear = Gear;
        ulong hash = 0;
        var first = start + MinPart - 1;
        for (var i = first - 63; i < first; i++) hash = (hash << 1) + gear[data[i]];
        var last = Math.Min(data.Length, start + MaxPart) - 1;
        for (var i = first; i <= last; i++)
        {
            hash = (hash << 1) + gear[data[i]];
            if ((hash & CutMask) == 0) return i + 1 - start;
        }
        return last + 1 - start;
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
