namespace SkillCert.Core.Institutions;

/// <summary>What moved an institution from one status to another between two days.</summary>
public enum StatusChangeCause
{
    /// <summary>An event of its history dated between the two days: suspended, reinstated, renewed, removed, withdrawn, filed.</summary>
    DatedEvent,

    /// <summary>The filing period ran out, or came within 90 days of its end.</summary>
    Expiry,

    /// <summary>No certificate in two consecutive calendar years (视同自行退出), known from an export.</summary>
    Inactivity,

    /// <summary>The filing date itself falls between the two days.</summary>
    Filing,
}
