namespace SkillCert.Generator.Site;

/// <summary>
/// The page links under a list that runs over several pages: the previous and next pages, the first and the last,
/// and the pages near the current one, so that the pager stays the same size however long the list is.
/// </summary>
public sealed record PagerView(int Current, int Count, string? Previous, string? Next, IReadOnlyList<PagerLinkView> Links);
