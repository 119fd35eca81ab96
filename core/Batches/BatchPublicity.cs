namespace SkillCert.Core.Batches;

/// <summary>
/// The publicity of a batch's results (公示): the first and last day, both included, and where the list is posted.
/// The list itself, with names, is posted there and never published on the web.
/// </summary>
public sealed record BatchPublicity(DateOnly From, DateOnly To, string Place)
{
    /// <summary>True from the first day to the last, both included.</summary>
    public bool IsRunningOn(DateOnly day) => day >= From && day <= To;

    /// <summary>True once the last day is over.</summary>
    public bool HasEndedBefore(DateOnly day) => day > To;
}
