namespace SkillCert.Core.Institutions;

/// <summary>
/// A dated change to a filing: renewal, suspension, removal and the like. A scope_changed event carries the scope in
/// force from its day (<see cref="Occupations"/>), a renamed event the name (<see cref="Name"/>).
/// </summary>
public sealed record FilingEvent(DateOnly On, FilingEventType Type, DateOnly? ValidUntil = null, string? Note = null,
    IReadOnlyList<ScopeEntry>? Occupations = null, string? Name = null)
{
    public string Label => FilingEventTypeNames.Label(Type);
}
