namespace SkillCert.Generator.Site.Pages;

/// <summary>
/// One institution: its public filing fields, scope, validity, status, history and, with an export, its certificates; and
/// where to report a problem with it.
/// </summary>
public sealed record InstitutionPage(SiteView Site, string Title, string Url, string Description, InstitutionDetailView Institution,
    StatusView Status, IReadOnlyList<ScopeRowView> Scope, IReadOnlyList<EventView> Events, StatisticsView? Statistics, string JsonUrl,
    ReportView? Report);
