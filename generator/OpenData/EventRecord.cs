namespace SkillCert.Generator.OpenData;

/// <summary>
/// One event of an institution's history; type is one of the content schema's event names. <see cref="Name"/> is the
/// name from that day (the filing's own name, or a rename's) and <see cref="Scope"/> the scope from that day (the
/// filing's, or a scope change's); both are null for events that change neither.
/// </summary>
public sealed record EventRecord(string On, string Type, string Label, string? ValidUntil, string? Note, string? Name,
    IReadOnlyList<ScopeRecord>? Scope);
