namespace SkillCert.Core.Institutions;

/// <summary>What can happen to a filing in the dynamic catalogue.</summary>
public enum FilingEventType
{
    Filed,
    Renewed,
    ScopeChanged,
    Suspended,
    Reinstated,
    Removed,
    Withdrawn,

    // Added last so that the values stored before it keep their meaning.
    Renamed,
}
