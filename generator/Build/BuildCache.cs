using System.Text;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Build;

/// <summary>
/// The fingerprints of the last published build, keyed by site path, in a compact binary file outside the site.
/// A cache written by another version of the generator is ignored, so a changed generator always rebuilds cold.
/// </summary>
public sealed class BuildCache(IReadOnlyDictionary<string, CacheEntry> entries)
{
    private const string Magic = "skillcert-build-cache";
    private const int Format = 1;

    public static BuildCache Empty { get; } = new(new Dictionary<string, CacheEntry>());

    public IReadOnlyDictionary<string, CacheEntry> Entries { get; } = entries;

    /// <summary>The cache in the file, or empty when there is none, it is damaged, or another generator wrote it.</summary>
    public static BuildCache Load(string file)
    {
        if (!File.Exists(file)) return Empty;
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Format || reader.ReadString() != Fingerprint.Generator) return Empty;
            var strings = new string[reader.ReadInt32()];
            for (var i = 0; i < strings.Length; i++) strings[i] = reader.ReadString();
            var count = reader.ReadInt32();
            var entries = new Dictionary<string, CacheEntry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var path = strings[reader.ReadInt32()];
                var fingerprint = reader.ReadString();
                entries[path] = new CacheEntry(fingerprint, reader.ReadBoolean() ? ReadLinks(reader, strings) : null);
            }
            return new BuildCache(entries);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or IndexOutOfRangeException or FormatException)
        {
            return Empty;
        }
    }

    /// <summary>Writes the cache beside the site, through a temporary file, so a crash never leaves half a cache.</summary>
    public void Save(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        int Id(string s)
        {
            if (table.TryGetValue(s, out var id)) return id;
            table[s] = order.Count;
            order.Add(s);
            return order.Count - 1;
        }
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Entries.Count);
            foreach (var (path, entry) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(Id(path));
                writer.Write(entry.Fingerprint);
                writer.Write(entry.Links is not null);
                if (entry.Links is not { } links) continue;
                writer.Write(links.Links.Count);
                foreach (var link in links.Links)
                {
                    writer.Write(Id(link.Target));
                    writer.Write(Id(link.Written));
                    writer.Write(link.Line);
                    writer.Write(link.Column);
                }
                writer.Write(links.Ids.Count);
                foreach (var id in links.Ids) writer.Write(Id(id));
            }
        }
        var temp = file + $".{Environment.ProcessId}.tmp";
        using (var output = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            output.Write(Magic);
            output.Write(Format);
            output.Write(Fingerprint.Generator);
            output.Write(order.Count);
            foreach (var s in order) output.Write(s);
            output.Write(body.GetBuffer(), 0, (int)body.Length);
        }
        File.Move(temp, file, overwrite: true);
    }

    private static PageLinks ReadLinks(BinaryReader reader, string[] strings)
    {
        var links = new LinkAt[reader.ReadInt32()];
        for (var i = 0; i < links.Length; i++)
            links[i] = new LinkAt(strings[reader.ReadInt32()], strings[reader.ReadInt32()], reader.ReadInt32(), reader.ReadInt32());
        var ids = new string[reader.ReadInt32()];
        for (var i = 0; i < ids.Length; i++) ids[i] = strings[reader.ReadInt32()];
        return new PageLinks(links, ids, []);
    }
}
