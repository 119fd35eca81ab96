namespace SkillCert.Generator.Site.Pages;

/// <summary>The catalogue index: every institution, and the choices of the filters that catalogue.js adds.</summary>
public sealed record CataloguePage(SiteView Site, string Title, string Url, string AsOf, IReadOnlyList<InstitutionRowView> Institutions,
    IReadOnlyList<OptionView> Statuses, IReadOnlyList<OptionView> Counties, IReadOnlyList<OptionView> Occupations,
    IReadOnlyList<OptionView> Levels);
