namespace SkillCert.Generator.Site.Pages;

/// <summary>The occupations index.</summary>
public sealed record OccupationsPage(SiteView Site, string Title, string Url, IReadOnlyList<OccupationRowView> Occupations);
