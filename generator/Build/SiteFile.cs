namespace SkillCert.Generator.Build;

/// <summary>Writes one file of the site with as few system calls as .NET allows: open, write, close.</summary>
public static class SiteFile
{
    /// <summary>
    /// Writes over the file in place, shortening it only when the new content is shorter: truncating first would
    /// free and reallocate its blocks, which is most of the cost of rewriting a file.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> data)
    {
        using var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, data, 0);
        if (RandomAccess.GetLength(handle) > data.Length) RandomAccess.SetLength(handle, data.Length);
    }
}
