namespace SkillCert.VerifyApi.Exports;

/// <summary>A cheap fingerprint of a file: whether it exists, its length and its last write time.</summary>
public readonly record struct FileStamp(bool Exists, long Length, DateTime LastWriteUtc)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(true, info.Length, info.LastWriteTimeUtc) : default;
    }
}
