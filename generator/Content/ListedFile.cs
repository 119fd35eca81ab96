namespace SkillCert.Generator.Content;

// A class, not a tuple: the listing's generic code over a reference type is in the framework's ready-to-run image, where
// over a value tuple 30 methods were compiled at start-up and ran the listing of 10,000 files unoptimised (incremental.sh).
/// <summary>A content file as the listing of its folder found it, with its stamp when the listing was asked to take one.</summary>
public sealed record ListedFile(string Path, FileStamp? Stamp);
