namespace SkillCert.Generator.Content;

/// <summary>The page cache as stored: who wrote it, when the load that wrote it began, and its pages keyed by file.</summary>
public sealed record ParsedPagesFile(string Generator, long ReadAtTicks, IReadOnlyDictionary<string, ParsedPage> Pages);
