using SkillCert.Core.Catalogue;

namespace SkillCert.Generator.Content;

/// <summary>Everything read from a content folder: the domain catalogue, where each institution came from, and the policy pages in reading order.</summary>
public sealed record LoadedContent(string ContentDir, CatalogueContent Catalogue, IReadOnlyList<LoadedInstitution> Institutions,
    IReadOnlyList<LoadedPage> Pages)
{
    /// <summary>How many institution files were unchanged since the last build and taken from its parse cache.</summary>
    public int Reused { get; init; }

    /// <summary>How many of the unchanged files were not read at all, their size and time of last write being as the cache knew them.</summary>
    public int Unread { get; init; }

    /// <summary>How many policy pages were unchanged since the last build and taken from its page cache, their Markdown not parsed again.</summary>
    public int PagesReused { get; init; }
}
