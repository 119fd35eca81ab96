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

    /// <summary>The file's stamp, or null when it cannot be read (the loader then reads the file and reports why).</summary>
    public static FileStamp? Of(string file)
    {
        try
        {
            var info = new FileInfo(file);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
