namespace SkillCert.Generator.Build;

/// <summary>
/// One part of a chunked gzip twin: the hash of its uncompressed bytes and how many they are, and where its deflate
/// blocks are in the twin.
/// </summary>
public sealed record GzipPart(string Hash, long Start, int Length, int DataLength);
