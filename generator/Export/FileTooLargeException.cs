namespace SkillCert.Generator.Export;

/// <summary>A roster file larger than a roster may be, refused before any of it is read.</summary>
public sealed class FileTooLargeException(long length) : IOException($"the file has {length} bytes")
{
    public long Length { get; } = length;
}
