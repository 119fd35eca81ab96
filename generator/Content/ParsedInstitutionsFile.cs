namespace SkillCert.Generator.Content;

/// <summary>
/// The parse cache on disk: who wrote it, for which occupation list, when the last load that wrote to it began, the
/// institutions it holds (keyed by file; written in the order of their files), the stamp each file had when it was read (only those that can be trusted, once read back), and
/// how many records later loads appended after the whole cache.
/// </summary>
public sealed record ParsedInstitutionsFile(string Generator, string Occupations, IReadOnlyDictionary<string, LoadedInstitution> Institutions,
    long ReadAtTicks = 0, IReadOnlyDictionary<string, FileStamp>? Stamps = null, int Appended = 0);
