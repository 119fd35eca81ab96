namespace SkillCert.Core.Institutions;

/// <summary>
/// The notice's rule 三(三): an institution that carries out no skill-level evaluation in two consecutive years counts as
/// having withdrawn of its own accord (连续两年不开展职业技能等级评价工作的，视同自行退出). Evaluation is known by the
/// certificates it issued, so the years counted are whole calendar years with no certificate. The status rules, the
/// export's roster check and, through them, the catalogue and the verification service all ask this one function.
/// </summary>
public static class InactivityWithdrawal
{
    /// <summary>
    /// The first day on which an institution whose filing period began on <paramref name="periodStart"/> counts as
    /// withdrawn for inactivity: 1 January after the first two consecutive whole calendar years, after the filing year,
    /// in which <paramref name="activity"/> has no certificate. The filing year itself is partial and never counts
    /// against the institution. The answer for a day depends only on years before that day's year, so certificates
    /// issued on or after the day can neither cause nor lift it.
    /// </summary>
    public static DateOnly StartsOn(DateOnly periodStart, CertificateActivity activity)
    {
        var years = activity.YearsWithCertificates;
        var idle = periodStart.Year + 1;
        while (years.Contains(idle) || years.Contains(idle + 1)) idle++;
        return idle + 2 <= DateOnly.MaxValue.Year ? new DateOnly(idle + 2, 1, 1) : DateOnly.MaxValue;
    }
}
