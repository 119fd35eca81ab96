namespace SkillCert.Core.Batches;

/// <summary>
/// An objection to a batch's results: the day it was made, what it was about (public once upheld after issue, so it
/// names nobody), its outcome (null while it is looked into), and how many roster rows an upheld one names.
/// </summary>
public sealed record BatchObjection(DateOnly On, string Summary, ObjectionOutcome? Outcome, int Rows);
