namespace SkillCert.Generator.Site.Pages;

/// <summary>
/// /publicity/: the notices whose period is running on the build's day, then those that ended within
/// <see cref="DaysAfter"/> days, with the intro and where to object.
/// </summary>
public sealed record PublicityListPage(SiteView Site, string Title, string Url, string Description, string AsOf, string Intro,
    IReadOnlyList<PublicityNoticeView> Running, IReadOnlyList<PublicityNoticeView> Ended, int DaysAfter, PublicityContactView Contact);
