using SkillCert.Core.Reports;

namespace SkillCert.Rendering.Site;

/// <summary>
/// The "反映问题" section: why and to whom to report, the centre's contacts from <c>site.yml</c>, and a <c>mailto:</c> link
/// already filled in when the centre has an e-mail address.
/// </summary>
public sealed record ReportView(string Why, string What, string To, string? Address, string? Phone, string? Email, string? MailTo)
{
    /// <summary>The section for a page of <paramref name="site"/>; null when the site names no centre to report to.</summary>
    public static ReportView? Of(SiteView site, string why, ProblemReport report) => string.IsNullOrWhiteSpace(site.Center)
        ? null
        : new(why, report.Contents, site.Center, site.ContactAddress, site.ContactPhone, site.ContactEmail,
            string.IsNullOrWhiteSpace(site.ContactEmail) ? null : report.MailTo(site.ContactEmail));
}
