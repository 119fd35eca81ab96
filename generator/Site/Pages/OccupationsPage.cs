namespace SkillCert.Generator.Site.Pages;

/// <summary>The occupations index.</summary>
public sealed record OccupationsPage(SiteView Site, string Title, string Url, string Description, IReadOnlyList<OccupationRowView> Occupations);
