namespace SkillCert.Generator.OpenData;

/// <summary>One event of an institution's history; type is one of the content schema's event names.</summary>
public sealed record EventRecord(string On, string Type, string Label, string? ValidUntil, string? Note);
