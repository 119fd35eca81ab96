namespace SkillCert.Core.Institutions;

/// <summary>An institution's standing on a day, with the event or rule that put it there.</summary>
public sealed record FilingStatus(StatusKind Kind, DateOnly? Since, DateOnly ValidUntil, string Cause, FilingEvent? CausedBy)
{
    public string Label => StatusKindNames.Label(Kind);

    public string Slug => StatusKindNames.Slug(Kind);

    /// <summary>True when the institution may issue certificates: 有效 or 即将到期.</summary>
    public bool MayCertify => Kind is StatusKind.Active or StatusKind.ExpiringSoon;
}
