namespace SkillCert.Generator.Content;

/// <summary>
/// The parse cache on disk: who wrote it, for which occupation list, when the load that wrote it began, the
/// institutions it holds, and the stamp each file had when it was read.
/// </summary>
public sealed record ParsedInstitutionsFile(string Generator, string Occupations, IReadOnlyList<LoadedInstitution> Institutions,
    long ReadAtTicks = 0, IReadOnlyDictionary<string, FileStamp>? Stamps = null);
