namespace SkillCert.Generator.Site.Pages;

/// <summary>The home page: the verification form, the catalogue's figures and the latest changes.</summary>
public sealed record HomePage(SiteView Site, string Title, string Url, string AsOf, int Total, IReadOnlyList<FigureView> Figures,
    IReadOnlyList<EventView> Latest, string ExampleNumber);
