namespace SkillCert.Core.Batches;

/// <summary>The review of a batch (结果审核): the day, the reviewing centre, the outcome and, when sent back, why.</summary>
public sealed record BatchReview(DateOnly On, string By, ReviewOutcome Outcome, string? Reason);
