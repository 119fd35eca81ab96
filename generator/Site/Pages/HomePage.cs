namespace SkillCert.Generator.Site.Pages;

/// <summary>
/// The home page: the verification form, the catalogue's figures and the latest changes. <see cref="ExampleFound"/> says
/// whether <see cref="ExampleNumber"/> is a certificate of the export, which a visitor can look up, or only shows the form.
/// <see cref="Publicity"/> holds the notices whose period is running.
/// </summary>
public sealed record HomePage(SiteView Site, string Title, string Url, string Description, string AsOf, int Total,
    IReadOnlyList<FigureView> Figures, IReadOnlyList<EventView> Latest, string ExampleNumber, bool ExampleFound,
    IReadOnlyList<PublicityNoticeView> Publicity);
