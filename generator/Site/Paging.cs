using System.Globalization;

namespace SkillCert.Generator.Site;

/// <summary>
/// How lists are cut into pages: 50 entries a page, the first page at the list's own address and page n at
/// <c>page/n/</c> below it, so that every page has a stable address and none grows with the catalogue.
/// </summary>
public static class Paging
{
    public const int PageSize = 50;

    /// <summary>Pages shown either side of the current one in a pager.</summary>
    private const int Around = 2;

    /// <summary>How many pages a list of this many entries takes; an empty list still has its one page.</summary>
    public static int Count(int entries) => Math.Max(1, (entries + PageSize - 1) / PageSize);

    /// <summary>The address of page <paramref name="page"/> (from 1) of the list at <paramref name="first"/>.</summary>
    public static string Url(string first, int page) =>
        page == 1 ? first : $"{first}page/{page.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>The entries of one page, in list order.</summary>
    public static IEnumerable<T> Slice<T>(IReadOnlyList<T> entries, int page) =>
        entries.Skip((page - 1) * PageSize).Take(PageSize);

    /// <summary>The pager of page <paramref name="page"/> of <paramref name="count"/>; null when the list fits on one page.</summary>
    public static PagerView? Pager(string first, int page, int count)
    {
        if (count <= 1) return null;
        var links = new List<PagerLinkView>();
        for (var n = 1; n <= count; n++)
        {
            if (n == 1 || n == count || Math.Abs(n - page) <= Around)
                links.Add(new PagerLinkView(n.ToString(CultureInfo.InvariantCulture), Url(first, n), n == page));
            else if (links[^1].Url is not null)
                links.Add(new PagerLinkView("…", null, false));
        }
        return new PagerView(page, count, page > 1 ? Url(first, page - 1) : null, page < count ? Url(first, page + 1) : null, links);
    }
}
