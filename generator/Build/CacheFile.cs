namespace SkillCert.Generator.Build;

/// <summary>
/// A file of the build's private cache (<c>.skillcert/</c>): written whole through a temporary file and renamed into place,
/// so that a crash never leaves half of one, and read back as nothing when it is missing, damaged or of another format,
/// since a cache only ever saves work.
/// </summary>
public static class CacheFile
{
    /// <summary>Writes <paramref name="file"/> anew with what <paramref name="write"/> puts in the stream, replacing it at once.</summary>
    public static void Replace(string file, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = file + $".{Environment.ProcessId}.tmp";
        using (var stream = File.Create(temp))
        {
            write(stream);
        }
        File.Move(temp, file, overwrite: true);
    }

    /// <summary>What <paramref name="parse"/> makes of the file's bytes, or the default when the file cannot be read or is not one it can parse.</summary>
    public static T? Read<T>(string file, Func<byte[], T> parse)
    {
        try
        {
            return parse(File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentOutOfRangeException or OverflowException
                                       or FormatException)
        {
            return default;
        }
    }
}
