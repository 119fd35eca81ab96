using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>A policy page from content/pages/*.md: its front matter and its Markdown rendered to HTML.</summary>
public sealed record LoadedPage(string File, string Slug, string Title, DateOnly? Date, int Order, string? Summary, RawHtml Html,
    SourceSpot SlugSpot)
{
    /// <summary>The page's address on the site.</summary>
    public string Url => Site.SiteUrls.Policy(Slug);
}
