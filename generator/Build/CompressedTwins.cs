using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Compression;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Build;

/// <summary>
/// Writes a gzip twin (<c>.gz</c>, <see cref="CompressedTwinNames"/>) beside every text file of the site, so that a server
/// sends it as it is to clients that accept gzip instead of compressing each answer again. The level is fixed and gzip
/// writes no timestamp, so a twin changes only when its file does, and an incremental build makes only the twins of the
/// files it rendered. The level is chosen for time (site-vs-hugo.sh; one core, the 21,686 text files under 1 MB of the
/// 10,000-institution site, 133 MB): gzip 4 takes 1.5 s of CPU and leaves 27.5 % of them, gzip 6 1.6–1.8 s for 27.0 %,
/// gzip 2 1.2 s for 28.9 %, gzip 1 0.5 s for 33.6 %; nginx (deploy/, gzip_static) and the service send these twins.
/// </summary>
public sealed class CompressedTwins : IBuildStage
{
    public const int GzipLevel = 4;

    /// <summary>A file this large gets its twin in parts (<see cref="ChunkedGzip"/>), so that an edit compresses only the parts it changed.</summary>
    private const int LargeFile = 1024 * 1024;

    public string Name => "compress";

    public void Run(BuildState state)
    {
        var sources = state.Plan.Where(p => CompressedTwinNames.IsText(p.Path)).ToArray();
        state.Twins = sources.Length;
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
            if (length >= LargeFile)
            {
                var data = new byte[length];
                RandomAccess.Read(handle, data, 0);
                var gzip = Chunked(state, path, data, large);
                writer.Enqueue(path + CompressedTwinNames.Suffix, gzip, gzip.Length, pooled: false);
            }
            else
            {
                // Every buffer of a small file comes from the pool: 20,000 pages are 133 MB read and 38 MB of twins made,
                // garbage that set off collections which stopped both cores (site-vs-hugo.sh's cold build).
                var data = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    var read = RandomAccess.Read(handle, data.AsSpan(0, length), 0);
                    var (gzip, gzipLength) = Gzip(data.AsSpan(0, read));
                    writer.Enqueue(path + CompressedTwinNames.Suffix, gzip, gzipLength, pooled: true);
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
        foreach (var path in work) state.Rendered[path + CompressedTwinNames.Suffix] = true;
        state.Progress.Finished(Name, DiagnosticStyle.Current.Say($"为 {work.Length} 个文本文件各写了一个 gzip 压缩副本",
            $"gzip twins of {work.Length} text files written"));
    }

    /// <summary>A large file's gzip twin in parts, those that did not change copied from the published twin.</summary>
    private static byte[] Chunked(BuildState state, string path, byte[] data, ConcurrentDictionary<string, GzipParts> large)
    {
        var twin = path + CompressedTwinNames.Suffix;
        var published = large.TryGetValue(twin, out var parts) ? new PreviousOutputs(state.Folders.Out, state.Previous.Entries).Read(twin) : null;
        var (gzip, made) = ChunkedGzip.Compress(data, published, published is null ? null : parts);
        large[twin] = made;
        return gzip;
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
