using SkillCert.Core.Institutions;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Site;

/// <summary>
/// An institution as it stands on the build's day: its name on that day, its status (with the inactivity rule when an
/// export was given) and its scope.
/// </summary>
public sealed record InstitutionOnDay(Institution Institution, string Name, FilingStatus Status, IReadOnlyList<ScopeEntry> Scope,
    InstitutionStatistics? Statistics, IReadOnlyList<FilingEvent> History)
{
    public string Seq => Institution.Seq;

    public string Url => SiteUrls.Institution(Institution.Seq);
}
