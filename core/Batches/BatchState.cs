namespace SkillCert.Core.Batches;

/// <summary>How far a batch has come along the process of the notice: submitted, reviewed, publicised, issued.</summary>
public enum BatchState
{
    /// <summary>未报送: the batch records no submission for review.</summary>
    NotSubmitted,

    /// <summary>审核中: submitted, with no review yet.</summary>
    UnderReview,

    /// <summary>已退回: the review sent it back.</summary>
    SentBack,

    /// <summary>待公示: the review passed and the publicity has not begun.</summary>
    Reviewed,

    /// <summary>公示中: the publicity period is running.</summary>
    InPublicity,

    /// <summary>待发证: the publicity has ended and the batch is not issued yet.</summary>
    PublicityEnded,

    /// <summary>已发证: reviewed, publicised, and issued on its issue date.</summary>
    Issued,
}
