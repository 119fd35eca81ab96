namespace SkillCert.Core.Batches;

/// <summary>Where a batch stands on a day: its state, and every reason it is not issued (none when it is).</summary>
public sealed record BatchStatus(BatchState State, IReadOnlyList<BatchBlocker> Blockers)
{
    public bool IsIssued => State == BatchState.Issued;

    public string Slug => BatchStateNames.Slug(State);

    public string Label => BatchStateNames.Label(State);
}
