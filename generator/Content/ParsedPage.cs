namespace SkillCert.Generator.Content;

/// <summary>A policy page as a build read it, with the stamp its file had before it was read.</summary>
public sealed record ParsedPage(FileStamp Stamp, LoadedPage Page);
