using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Compression;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Build;

/// <summary>
/// Writes a Brotli (<c>.br</c>) and a gzip (<c>.gz</c>) twin beside every text file of the site (a gzip twin alone beside
/// <see cref="CompressedTwinNames.GzipOnly"/>'s), so that a server sends them as they are to clients that accept them
/// instead of compressing each answer again. The settings are fixed and
/// gzip writes no timestamp, so a twin changes only when its file does, and an incremental build makes only the twins of
/// the files it rendered. The levels are chosen for time (site-vs-hugo.sh; one core, the 21,686 text files under 1 MB of
/// the 10,000-institution site, 133 MB): Brotli 4 takes 2.3 s of CPU and leaves 26.0 % of them, Brotli 5 3.0 s for
/// 22.6 %, Brotli 3 1.6 s for 28.2 % (a window of 16 instead of 22 changes neither); gzip 4 takes 1.5 s for 27.5 %,
/// gzip 6 1.6–1.8 s for 27.0 %, gzip 2 1.2 s for 28.9 %, gzip 1 0.5 s for 33.6 %. nginx here serves the gzip twins
/// (deploy/, gzip_static), so gzip keeps a level near its best; Brotli 4, still smaller than gzip, gives up 15 % of its
/// size for a quarter of its time. Compressing all 133 MB as one stream takes Brotli 5 only 1.0 s: the cost is in the
/// short files themselves, not in starting an encoder for each (11–18 µs).
/// </summary>
public sealed class CompressedTwins : IBuildStage
{
    public const int BrotliQuality = 4;
    public const int BrotliWindow = 22;
    public const int GzipLevel = 4;

    /// <summary>
    /// A file of <see cref="LargeFile"/> or more is compressed at this quality: on data/catalogue.json's 13.7 MB quality 4
    /// took 88 ms of CPU for 6.7 % of its size, quality 5 183 ms for 5.9 % (incremental.sh); that file itself now gets a
    /// gzip twin only (<see cref="CompressedTwinNames.GzipOnly"/>).
    /// </summary>
    public const int LargeFileBrotliQuality = 4;

    /// <summary>A file this large has its two twins made at the same time, so that it does not hold up the stage on one core.</summary>
    private const int LargeFile = 1024 * 1024;

    public string Name => "compress";

    public void Run(BuildState state)
    {
        var sources = state.Plan.Where(p => CompressedTwinNames.IsText(p.Path)).ToArray();
        state.Twins = sources.Sum(s => CompressedTwinNames.SuffixesOf(s.Path).Count);
        // A twin is made from its file's bytes, so it is as the last build made it when its file's fingerprint is: the build
        // cache keeps no entry of its own for it (incremental.sh: fingerprinting, sorting, saving and loading 43,000 twins'
        // entries cost a rebuild 0.1–0.2 s).
        var previous = state.Previous.Entries;
        var published = Directory.Exists(state.Folders.Out);
        var work = sources.Where(s => state.Rendered.ContainsKey(s.Path) || !published || !previous.TryGetValue(s.Path, out var entry)
            || entry.Fingerprint != s.Fingerprint).Select(s => s.Path).ToArray();
        state.Progress.Started(Name, work.Length);
        if (work.Length == 0)
        {
            state.Progress.Finished(Name, DiagnosticStyle.Current.Say("没有要压缩的文件，都没有变", "no twin to make, all unchanged"));
            return;
        }
        var staging = state.EnsureStaging();
        var partsFile = state.Folders.GzipPartsFile;
        var large = new ConcurrentDictionary<string, GzipParts>(state.Options.NoCache ? [] : ChunkedGzip.ReadIndex(partsFile), StringComparer.Ordinal);
        using var writer = new StagingWriter(staging);
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
        {
            // A file rendered by this build is read back from staging, where the render stage wrote it; the others are published.
            using var handle = File.OpenHandle(Path.Combine(state.Rendered.ContainsKey(path) ? staging : state.Folders.Out, path));
            var length = checked((int)RandomAccess.GetLength(handle));
            var withBrotli = CompressedTwinNames.SuffixesOf(path).Contains(".br");
            if (length >= LargeFile)
            {
                var data = new byte[length];
                RandomAccess.Read(handle, data, 0);
                void Br()
                {
                    var (brotli, brotliLength) = Brotli(data, LargeFileBrotliQuality);
                    writer.Enqueue(path + ".br", brotli, brotliLength, pooled: true);
                }
                void Gz()
                {
                    var gzip = Chunked(state, path, data, large);
                    writer.Enqueue(path + ".gz", gzip, gzip.Length, pooled: false);
                }
                // A large file's two twins take a core each, so that it does not hold up the stage.
                if (withBrotli) Parallel.Invoke(Br, Gz);
                else Gz();
            }
            else
            {
                // Every buffer of a small file comes from the pool: 20,000 pages are 133 MB read and 66 MB of twins made,
                // garbage that set off collections which stopped both cores (site-vs-hugo.sh's cold build).
                var data = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    var read = RandomAccess.Read(handle, data.AsSpan(0, length), 0);
                    if (withBrotli)
                    {
                        var (brotli, brotliLength) = Brotli(data.AsSpan(0, read), BrotliQuality);
                        writer.Enqueue(path + ".br", brotli, brotliLength, pooled: true);
                    }
                    var (gzip, gzipLength) = Gzip(data.AsSpan(0, read));
                    writer.Enqueue(path + ".gz", gzip, gzipLength, pooled: true);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(data);
                }
            }
            state.Progress.Advanced(1);
        });
        writer.Complete();
        if (!large.IsEmpty) ChunkedGzip.WriteIndex(partsFile, large);
        var twins = 0;
        foreach (var path in work)
        {
            foreach (var suffix in CompressedTwinNames.SuffixesOf(path))
            {
                state.Rendered[path + suffix] = true;
                twins++;
            }
        }
        state.Progress.Finished(Name, DiagnosticStyle.Current.Say($"为 {work.Length} 个文本文件写了 {twins} 个压缩副本",
            $"{twins} twins of {work.Length} text files written"));
    }

    /// <summary>A large file's gzip twin in parts, those that did not change copied from the published twin.</summary>
    private static byte[] Chunked(BuildState state, string path, byte[] data, ConcurrentDictionary<string, GzipParts> large)
    {
        var twin = path + ".gz";
        var published = large.TryGetValue(twin, out var parts) ? new PreviousOutputs(state.Folders.Out, state.Previous.Entries).Read(twin) : null;
        var (gzip, made) = ChunkedGzip.Compress(data, published, published is null ? null : parts);
        large[twin] = made;
        return gzip;
    }

    private static (byte[] Buffer, int Length) Brotli(ReadOnlySpan<byte> data, int quality)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(data.Length));
        if (!BrotliEncoder.TryCompress(data, buffer, out var written, quality, BrotliWindow))
            throw new InvalidOperationException("Brotli could not compress into a buffer of its own maximum size");
        return (buffer, written);
    }

    /// <summary>
    /// The gzip twin in a pooled buffer of a size it cannot outgrow: at any level deflate writes at most 9 bits a byte (zlib-ng's
    /// quickest level, fixed codes; the others fall back to stored blocks, 5 bytes in 64 KB), plus gzip's 18 bytes of frame.
    /// </summary>
    private static (byte[] Buffer, int Length) Gzip(ReadOnlySpan<byte> data)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(data.Length + (data.Length >> 3) + 256);
        using var output = new MemoryStream(buffer, 0, buffer.Length, writable: true);
        using (var gzip = new GZipStream(output, new ZLibCompressionOptions { CompressionLevel = GzipLevel }, leaveOpen: true)) gzip.Write(data);
        return (buffer, (int)output.Position);
    }
}
