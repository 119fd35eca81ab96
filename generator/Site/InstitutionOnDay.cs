using SkillCert.Core.Institutions;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Site;

/// <summary>An institution as it stands on the build's day: status (with the inactivity rule when an export was given) and scope.</summary>
public sealed record InstitutionOnDay(Institution Institution, FilingStatus Status, IReadOnlyList<ScopeEntry> Scope,
    InstitutionStatistics? Statistics, IReadOnlyList<FilingEvent> History)
{
    public string Seq => Institution.Seq;

    public string Url => SiteUrls.Institution(Institution.Seq);
}
