namespace SkillCert.Generator.Build;

/// <summary>Where each part of a chunked gzip twin is in it, and the twin's own hash, to tell whether the published twin is this one.</summary>
public sealed record GzipParts(string TwinHash, IReadOnlyList<GzipPart> Parts);
