namespace SkillCert.Core.Institutions;

/// <summary>A dated change to a filing: renewal, suspension, removal and the like.</summary>
public sealed record FilingEvent(DateOnly On, FilingEventType Type, DateOnly? ValidUntil = null, string? Note = null,
    IReadOnlyList<ScopeEntry>? Occupations = null)
{
    public string Label => FilingEventTypeNames.Label(Type);
}
