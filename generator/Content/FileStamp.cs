using System.IO.Enumeration;

namespace SkillCert.Generator.Content;

/// <summary>
/// What the file system says of a file without opening it: its size and when it was last written. The parse cache
/// takes an institution file whose stamp is unchanged as unchanged, so a rebuild after one edit reads one file.
/// </summary>
public sealed record FileStamp(long Length, long WrittenTicks)
{
    /// <summary>
    /// How long before a cache was written a file must have been last written for its stamp to be trusted. A file
    /// written in the same moment as the cache could be written again within the clock's resolution (two seconds on
    /// some file systems) without its stamp changing, so such a file is read again next time, as git does with its index.
    /// </summary>
    public static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>True when the file was last written <see cref="Settled"/> or more before a load that began at <paramref name="readAtTicks"/>, so that its stamp can be trusted.</summary>
    public bool SettledBy(long readAtTicks) => WrittenTicks < readAtTicks - Settled.Ticks;

    /// <summary>
    /// The stamp of a file met while listing its folder, from the status the listing reads of it; null when it cannot be
    /// read (the loader then reads the file and reports why).
    /// </summary>
    public static FileStamp? Of(ref FileSystemEntry entry)
    {
        // The listing reports a file it cannot stat, such as one deleted since, as written at the file-time epoch, where a FileInfo would say it does not exist.
        var written = entry.LastWriteTimeUtc.UtcTicks;
        return written == Unknown ? null : new FileStamp(entry.Length, written);
    }

    private static readonly long Unknown = DateTime.FromFileTimeUtc(0).Ticks;
}
