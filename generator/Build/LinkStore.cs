using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SkillCert.Generator.Build;

/// <summary>
/// The pages' links and ids, a block of bytes per page, in a file beside the build cache that builds only append to: an
/// incremental build adds the blocks of the pages it rendered and leaves the others' where they are (incremental.sh:
/// rewriting the whole 22 MB store cost every rebuild). The cache names the file and where each page's block is; a
/// build that finds more than half the file outdated writes a fresh one under the next name.
/// </summary>
public sealed class LinkStore
{
    private readonly string? _path;
    private SafeFileHandle? _handle;

    private LinkStore(string? path, long length)
    {
        _path = path;
        Length = length;
    }

    public static LinkStore None { get; } = new(null, 0);

    /// <summary>The file's name (beside the cache), or "" for none.</summary>
    public string Name => _path is null ? "" : Path.GetFileName(_path);

    public long Length { get; }

    /// <summary>The store the cache file names, or null when it is missing.</summary>
    public static LinkStore? Open(string cacheFile, string name)
    {
        var path = Beside(cacheFile, name);
        return name.Length == 0 || !File.Exists(path) ? null : new LinkStore(path, new FileInfo(path).Length);
    }

    public PageLinks Read(CacheEntry entry)
    {
        var block = new byte[entry.LinksLength];
        // Kept open for the build: a full link check reads every page's block.
        _handle ??= File.OpenHandle(_path!);
        RandomAccess.Read(_handle, block, entry.LinksStart);
        using var reader = new BinaryReader(new MemoryStream(block, writable: false), Encoding.UTF8);
        var links = new LinkAt[reader.Read7BitEncodedInt()];
        for (var i = 0; i < links.Length; i++)
            links[i] = new LinkAt(reader.ReadString(), reader.ReadString(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
        var ids = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < ids.Length; i++) ids[i] = reader.ReadString();
        return new PageLinks(links, ids, []);
    }

    /// <summary>
    /// Stores the links of every planned page: <paramref name="fresh"/>'s for the pages this build rendered, the previous
    /// block of the others. Returns the store's name and each planned file's block (0, 0 for a file that is not a page).
    /// </summary>
    public static (string Name, (int Start, int Length)[] Blocks) Write(string cacheFile, IReadOnlyList<PlannedOutput> plan,
        Func<string, PageLinks?> fresh, IReadOnlyDictionary<string, CacheEntry> previous, LinkStore store)
    {
        var blocks = new (int Start, int Length)[plan.Count];
        var keep = new List<(int Index, CacheEntry Was)>();
        var pages = new List<(int Index, PageLinks Page)>();
        for (var i = 0; i < plan.Count; i++)
        {
            if (!plan[i].IsHtml) continue;
            var page = fresh(plan[i].Path);
            if (page is null && store._path is not null && previous.TryGetValue(plan[i].Path, out var was) && was.LinksLength > 0) keep.Add((i, was));
            else pages.Add((i, page ?? PageLinks.None));
        }
        if (keep.Count == 0)
        {
            // Nothing kept (every full build): the blocks go straight into a fresh store. Gathered in a MemoryStream first, a
            // full build's 22 MB of links were copied at each doubling: 63 MB of large objects at the build's end, which set off
            // one more full collection and made its peak of memory (ten alternating cold builds, site-vs-hugo.sh's data: 4.31 ->
            // 4.02 s, 6.80 -> 6.42 s of CPU, peak 417 -> 394 MiB; docs/benchmarks.md, stop 32).
            var freshName = NewName(cacheFile);
            using var file = new FileStream(Beside(cacheFile, freshName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            WriteBlocks(file, pages, blocks);
            return (freshName, blocks);
        }
        using var added = new MemoryStream();
        WriteBlocks(added, pages, blocks);
        var kept = keep.Sum(k => (long)k.Was.LinksLength);
        var append = store.Length + added.Length <= 2 * (kept + added.Length);
        var name = append ? store.Name : NewName(cacheFile);
        var path = Beside(cacheFile, name);
        if (append)
        {
            for (var i = 0; i < blocks.Length; i++) blocks[i].Start += blocks[i].Length > 0 ? (int)store.Length : 0;
        }
        // Appended bytes are past what the previous cache names: a crash before the cache's rename loses nothing.
        using (var file = new FileStream(path, append ? FileMode.Append : FileMode.CreateNew, FileAccess.Write))
        {
            file.Write(added.GetBuffer(), 0, (int)added.Length);
            var end = added.Length;
            foreach (var (index, was) in keep)
            {
                if (append)
                {
                    blocks[index] = (was.LinksStart, was.LinksLength);
                    continue;
                }
                // A fresh store copies the blocks it keeps, as bytes.
                var block = new byte[was.LinksLength];
                store._handle ??= File.OpenHandle(store._path!);
                RandomAccess.Read(store._handle, block, was.LinksStart);
                file.Write(block);
                blocks[index] = ((int)end, block.Length);
                end += block.Length;
            }
        }
        return (name, blocks);
    }

    /// <summary>Deletes the stores beside the cache that it no longer names.</summary>
    public static void RemoveOthers(string cacheFile, string kept)
    {
        foreach (var old in Directory.EnumerateFiles(Path.GetDirectoryName(cacheFile)!, Path.GetFileName(cacheFile) + ".links.*"))
        {
            try
            {
                if (Path.GetFileName(old) != kept) File.Delete(old);
            }
            catch (IOException)
            {
                // Still open elsewhere: the next build deletes it.
            }
        }
    }

    private static string Beside(string cacheFile, string name) => Path.Combine(Path.GetDirectoryName(cacheFile)!, name);

    private static string NewName(string cacheFile) => $"{Path.GetFileName(cacheFile)}.links.{DateTime.UtcNow.Ticks:x}";

    /// <summary>Writes each page's block at the stream's end and notes where it is; BinaryWriter buffers nothing of its own.</summary>
    private static void WriteBlocks(Stream stream, List<(int Index, PageLinks Page)> pages, (int Start, int Length)[] blocks)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        foreach (var (index, page) in pages)
        {
            var start = (int)stream.Position;
            Write(writer, page);
            blocks[index] = (start, (int)stream.Position - start);
        }
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
