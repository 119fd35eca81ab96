using System.Text;
using SkillCert.Generator.Site;
using SkillCert.Generator.Site.Memo;

namespace SkillCert.Generator.Build;

/// <summary>
/// The fingerprints of the last published build, keyed by site path, in a compact binary file outside the site, and
/// each page's links and ids. A cache written by another version of the generator is ignored, so a changed generator
/// always rebuilds cold. The links of 10,000 institutions' pages are some 350,000: each page's are kept as a block of
/// bytes of their own in a <see cref="LinkStore"/> beside the cache, read only for the pages a build asks about and left
/// where they are for the pages it did not render (incremental.sh: reading and writing them whole cost a rebuild about 0.5 s).
/// </summary>
public sealed class BuildCache
{
    private const string Magic = "skillcert-build-cache";
    private const int Format = 4;

    private readonly LinkStore _links;

    private BuildCache(IReadOnlyDictionary<string, CacheEntry> entries, PlanMemo memo, LinkStore links)
    {
        Entries = entries;
        Memo = memo;
        _links = links;
    }

    public static BuildCache Empty => new(new Dictionary<string, CacheEntry>(), new PlanMemo(), LinkStore.None);

    public IReadOnlyDictionary<string, CacheEntry> Entries { get; }

    /// <summary>What the last build's plan learned; empty with the cache.</summary>
    public PlanMemo Memo { get; }

    /// <summary>The cache in the file, or empty when there is none, it is damaged, or another generator wrote it.</summary>
    public static BuildCache Load(string file)
    {
        if (!File.Exists(file)) return Empty;
        try
        {
            var data = File.ReadAllBytes(file);
            using var reader = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Format || reader.ReadString() != Fingerprint.Generator) return Empty;
            if (LinkStore.Open(file, reader.ReadString()) is not { } links) return Empty;
            var count = reader.ReadInt32();
            var entries = new Dictionary<string, CacheEntry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++) entries[reader.ReadString()] = new CacheEntry(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            var memoLength = reader.ReadInt32();
            var memoAt = (int)reader.BaseStream.Position;
            if (memoLength < 0 || memoAt + (long)memoLength > data.Length) return Empty;
            var memo = PlanMemo.Read(data.AsMemory(memoAt, memoLength));
            if (entries.Values.Any(e => e.LinksStart < 0 || e.LinksLength < 0 || (long)e.LinksStart + e.LinksLength > links.Length)) return Empty;
            return new BuildCache(entries, memo, links);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException)
        {
            return Empty;
        }
    }

    /// <summary>The links and ids of a page of the last build, or null when it was not a page of it.</summary>
    public PageLinks? LinksOf(string sitePath)
    {
        if (!Entries.TryGetValue(sitePath, out var entry) || entry.LinksLength == 0) return null;
        return _links.Read(entry);
    }

    /// <summary>
    /// Writes the cache of a build beside the site, through a temporary file, so a crash never leaves half a cache: each
    /// planned file's fingerprint and, for a page, its links, taken from <paramref name="fresh"/> when this build rendered
    /// it and left in <paramref name="previous"/>'s store otherwise; and what the build's plan learned (<paramref name="memo"/>).
    /// </summary>
    public static void Save(string file, IReadOnlyList<PlannedOutput> plan, Func<string, PageLinks?> fresh, BuildCache previous, PlanMemo? memo = null)
    {
        // The memo is serialised on another core while the links and entries are written (incremental.sh: PlanMemo.ToBytes,
        // some 9 ms of an address edit, off the save's critical path).
        var memoBytes = memo is null ? null : Task.Run(memo.ToBytes);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var (linksName, spans) = LinkStore.Write(file, plan, fresh, previous.Entries, previous._links);
        CacheFile.Replace(file, stream =>
        {
            using var output = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
            output.Write(Magic);
            output.Write(Format);
            output.Write(Fingerprint.Generator);
            output.Write(linksName);
            output.Write(plan.Count);
            for (var i = 0; i < plan.Count; i++)
            {
                output.Write(plan[i].Path);
                output.Write(plan[i].Fingerprint);
                output.Write(spans[i].Start);
                output.Write(spans[i].Length);
            }
            var memoData = memoBytes?.GetAwaiter().GetResult() ?? [];
            output.Write(memoData.Length);
            output.Write(memoData);
        });
        LinkStore.RemoveOthers(file, linksName);
    }
}
