namespace SkillCert.Core.Batches;

/// <summary>What the city centre decided when it reviewed a batch's 附件3 and 附件4 (结果审核).</summary>
public enum ReviewOutcome
{
    /// <summary>通过: the results may be publicised and then issued.</summary>
    Passed,

    /// <summary>退回: sent back to the institution, with a reason, to correct and submit again.</summary>
    SentBack,
}
