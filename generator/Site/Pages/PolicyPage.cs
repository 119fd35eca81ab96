
namespace SkillCert.Generator.Site.Pages;

/// <summary>A policy page from content/pages, its Markdown already rendered.</summary>
public sealed record PolicyPage(SiteView Site, string Title, string Url, string Description, string? Date, string? Summary, RawHtml Body);
