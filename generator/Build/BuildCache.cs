using System.Text;
using SkillCert.Generator.Site;
using SkillCert.Generator.Site.Memo;

namespace SkillCert.Generator.Build;

/// <summary>
/// The fingerprints of the last published build, keyed by site path, in a compact binary file outside the site, and
/// each page's links and ids. A cache written by another version of the generator is ignored, so a changed generator
/// always rebuilds cold. The links of 10,000 institutions' pages are some 350,000: each page's are kept as a block of
/// bytes of their own, read only for the pages a build asks about and copied as they are for the pages it did not
/// render (incremental.sh: reading and writing them whole cost a rebuild about 0.5 s).
/// </summary>
public sealed class BuildCache
{
    private const string Magic = "skillcert-build-cache";
    private const int Format = 3;

    private readonly byte[] _links;
    private readonly int _linksAt;

    private BuildCache(IReadOnlyDictionary<string, CacheEntry> entries, PlanMemo memo, byte[] links, int linksAt)
    {
        Entries = entries;
        Memo = memo;
        _links = links;
        _linksAt = linksAt;
    }

    public static BuildCache Empty => new(new Dictionary<string, CacheEntry>(), new PlanMemo(), [], 0);

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
            var count = reader.ReadInt32();
            var entries = new Dictionary<string, CacheEntry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++) entries[reader.ReadString()] = new CacheEntry(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            var memoLength = reader.ReadInt32();
            var memoAt = (int)reader.BaseStream.Position;
            if (memoLength < 0 || memoAt + (long)memoLength > data.Length) return Empty;
            var memo = PlanMemo.Read(data.AsMemory(memoAt, memoLength));
            var linksAt = memoAt + memoLength;
            if (entries.Values.Any(e => e.LinksStart < 0 || e.LinksLength < 0 || linksAt + (long)e.LinksStart + e.LinksLength > data.Length)) return Empty;
            return new BuildCache(entries, memo, data, linksAt);
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
        using var reader = new BinaryReader(new MemoryStream(_links, _linksAt + entry.LinksStart, entry.LinksLength, writable: false), Encoding.UTF8);
        var links = new LinkAt[reader.Read7BitEncodedInt()];
        for (var i = 0; i < links.Length; i++)
            links[i] = new LinkAt(reader.ReadString(), reader.ReadString(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
        var ids = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < ids.Length; i++) ids[i] = reader.ReadString();
        return new PageLinks(links, ids, []);
    }

    /// <summary>
    /// Writes the cache of a build beside the site, through a temporary file, so a crash never leaves half a cache: each
    /// planned file's fingerprint and, for a page, its links, taken from <paramref name="fresh"/> when this build rendered
    /// it and copied from <paramref name="previous"/> otherwise; and what the build's plan learned (<paramref name="memo"/>).
    /// </summary>
    public static void Save(string file, IReadOnlyList<PlannedOutput> plan, Func<string, PageLinks?> fresh, BuildCache previous, PlanMemo? memo = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var spans = new (int Start, int Length)[plan.Count];
        using var links = new MemoryStream();
        using (var writer = new BinaryWriter(links, Encoding.UTF8, leaveOpen: true))
        {
            for (var i = 0; i < plan.Count; i++)
            {
                if (!plan[i].IsHtml) continue;
                var start = (int)links.Position;
                if (fresh(plan[i].Path) is { } page) Write(writer, page);
                else if (previous.Entries.TryGetValue(plan[i].Path, out var was) && was.LinksLength > 0)
                    writer.Write(previous._links, previous._linksAt + was.LinksStart, was.LinksLength);
                else Write(writer, PageLinks.None);
                writer.Flush();
                spans[i] = (start, (int)links.Position - start);
            }
        }
        var temp = file + $".{Environment.ProcessId}.tmp";
        using (var output = new BinaryWriter(new BufferedStream(File.Create(temp), 1 << 16), Encoding.UTF8))
        {
            output.Write(Magic);
            output.Write(Format);
            output.Write(Fingerprint.Generator);
            output.Write(plan.Count);
            for (var i = 0; i < plan.Count; i++)
            {
                output.Write(plan[i].Path);
                output.Write(plan[i].Fingerprint);
                output.Write(spans[i].Start);
                output.Write(spans[i].Length);
            }
            var memoBytes = memo?.ToBytes() ?? [];
            output.Write(memoBytes.Length);
            output.Write(memoBytes);
            output.Write(links.GetBuffer(), 0, (int)links.Length);
        }
        File.Move(temp, file, overwrite: true);
    }

    private static void Write(BinaryWriter writer, PageLinks page)
    {
        writer.Write7BitEncodedInt(page.Links.Count);
        foreach (var link in page.Links)
        {
            writer.Write(link.Target);
            writer.Write(link.Written);
            writer.Write7BitEncodedInt(link.Line);
            writer.Write7BitEncodedInt(link.Column);
        }
        writer.Write7BitEncodedInt(page.Ids.Count);
        foreach (var id in page.Ids) writer.Write(id);
    }
}
