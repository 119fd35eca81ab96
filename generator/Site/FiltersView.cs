namespace SkillCert.Generator.Site;

/// <summary>The catalogue's static filters, by status, county and occupation: plain links to pages of their own.</summary>
public sealed record FiltersView(IReadOnlyList<FilterLinkView> Statuses, IReadOnlyList<FilterLinkView> Counties,
    IReadOnlyList<FilterLinkView> Occupations);
