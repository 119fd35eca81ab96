namespace SkillCert.Generator.Build;

/// <summary>Writes one file of the site with as few system calls as .NET allows: open, write, close.</summary>
public static class SiteFile
{
    public static void Write(string path, ReadOnlySpan<byte> data)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, data, 0);
    }
}
