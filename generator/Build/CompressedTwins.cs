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
/// the files it rendered. The levels are chosen for time: on the catalogue's pages (7 KB of HTML) Brotli 5 takes about
/// 0.6 ms a file and leaves 21.7 % of it, where Brotli 11 takes 46 ms for 18.6 % (and 9, with its large window, more than
/// 100 ms); gzip 6 takes 0.3 ms for 25.9 %, gzip 9 three times as long for 25.4 %.
/// </summary>
public sealed class CompressedTwins : IBuildStage
{
    public const int BrotliQuality = 5;
    public const int BrotliWindow = 22;

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
            var data = File.ReadAllBytes(Path.Combine(state.Rendered.ContainsKey(path) ? staging : state.Folders.Out, path));
            var suffixes = CompressedTwinNames.SuffixesOf(path);
            void Br()
            {
                var (brotli, brotliLength) = Brotli(data, data.Length >= LargeFile ? LargeFileBrotliQuality : BrotliQuality);
                writer.Enqueue(path + ".br", brotli, brotliLength, pooled: true);
            }
            void Gz()
            {
                var gzip = data.Length >= LargeFile ? Chunked(state, path, data, large) : Gzip(data);
                writer.Enqueue(path + ".gz", gzip, gzip.Length, pooled: false);
            }
            if (!suffixes.Contains(".br")) Gz();
            // A large file's two twins take a core each, so that it does not hold up the stage.
            else if (data.Length >= LargeFile) Parallel.Invoke(Br, Gz);
            else
            {
                Br();
                Gz();
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

    private static (byte[] Buffer, int Length) Brotli(byte[] data, int quality)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(data.Length));
        if (!BrotliEncoder.TryCompress(data, buffer, out var written, quality, BrotliWindow))
            throw new InvalidOperationException("Brotli could not compress into a buffer of its own maximum size");
        return (buffer, written);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream(data.Length / 3 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }
}
