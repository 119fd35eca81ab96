namespace SkillCert.Generator.Content;

/// <summary>The parse cache on disk: who wrote it, for which occupation list, and the institutions it holds.</summary>
public sealed record ParsedInstitutionsFile(string Generator, string Occupations, IReadOnlyList<LoadedInstitution> Institutions);
