namespace SkillCert.Core.Batches;

/// <summary>What became of an objection to a batch's results; an objection still being looked into has none.</summary>
public enum ObjectionOutcome
{
    /// <summary>成立: the rows it names lose their result (before issue) or their certificate (after).</summary>
    Upheld,

    /// <summary>不成立: the results stand.</summary>
    Rejected,
}
