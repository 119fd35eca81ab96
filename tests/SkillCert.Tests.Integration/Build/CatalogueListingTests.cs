using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// The catalogue's lists: 50 institutions a page at stable addresses, and static pages per status, county and occupation.
public class CatalogueListingTests
{
    private static IDocument Page(ContentTree tree, string sitePath) => new HtmlParser().ParseDocument(SiteBuild.Read(tree, sitePath));

    private static string[] Seqs(IDocument page) =>
        page.QuerySelectorAll("#listing .entry h2 a").Select(a => a.GetAttribute("href")!.Split('/')[2]).ToArray();

    /// 120 institutions, every tenth removed, the even ones in 定襄县, the ones that are multiples of 3 also certifying welders.
    private static ContentTree HundredTwenty()
    {
        var tree = new ContentTree();
        for (var n = 1; n <= 120; n++)
        {
            var scope = n % 3 == 0 ? $"  - {{code: \"{ContentTree.OccupationA}\", levels: [5, 4]}}\n  - {{code: \"{ContentTree.OccupationB}\", levels: [5]}}" : "";
            var file = tree.Institution(n, filedOn: "2023-03-01", scope: scope,
                extra: n % 10 == 0 ? "events:\n  - {on: 2024-03-01, type: removed, note: 违规开展认定}" : "");
            if (n % 2 == 0) File.WriteAllText(file, File.ReadAllText(file).Replace("county: 忻府区", "county: 定襄县", StringComparison.Ordinal));
        }
        return tree;
    }

    [Fact]
    public void The_catalogue_runs_fifty_to_a_page_at_stable_addresses()
    {
        using var tree = HundredTwenty();
        SiteBuild.Succeed(tree);
        var pages = new[] { "catalogue/index.html", "catalogue/page/2/index.html", "catalogue/page/3/index.html" }.Select(p => Page(tree, p)).ToArray();
        Assert.Equal([50, 50, 20], pages.Select(p => Seqs(p).Length));
        Assert.Equal(Enumerable.Range(1, 120).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), pages.SelectMany(Seqs));
        Assert.False(File.Exists(Path.Combine(tree.Out, "catalogue", "page", "4", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(tree.Out, "catalogue", "page", "1")));

        var pager = pages[1].QuerySelector("nav.pager")!;
        Assert.Equal("/catalogue/", pager.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/catalogue/page/3/", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/catalogue/page/2/", pager.QuerySelector("a[aria-current=page]")!.GetAttribute("href"));
        Assert.Null(pages[0].QuerySelector("nav.pager a[rel=prev]"));
        Assert.Null(pages[2].QuerySelector("nav.pager a[rel=next]"));
        Assert.Equal("51", pages[1].QuerySelector("ol.entries")!.GetAttribute("start"));
    }

    [Fact]
    public void A_long_list_has_a_pager_of_the_same_size_on_every_page()
    {
        var pager = SkillCert.Generator.Site.Paging.Pager("/catalogue/", 100, 200)!;
        Assert.Equal(["1", "…", "98", "99", "100", "101", "102", "…", "200"], pager.Links.Select(l => l.Label));
        Assert.Equal("/catalogue/page/99/", pager.Previous);
        Assert.Equal("/catalogue/page/101/", pager.Next);
    }

    [Fact]
    public void Each_status_and_county_has_its_own_pages_listing_exactly_its_institutions()
    {
        using var tree = HundredTwenty();
        SiteBuild.Succeed(tree);
        var removed = Seqs(Page(tree, "catalogue/status/removed/index.html"));
        Assert.Equal(Enumerable.Range(1, 12).Select(n => (n * 10).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), removed);
        var active = new[] { "", "page/2/", "page/3/" }.SelectMany(p => Seqs(Page(tree, $"catalogue/status/active/{p}index.html"))).ToArray();
        Assert.Equal(Enumerable.Range(1, 120).Where(n => n % 10 != 0).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), active);
        Assert.Empty(Seqs(Page(tree, "catalogue/status/suspended/index.html")));

        var dingxiang = Page(tree, "catalogue/county/定襄县/index.html");
        Assert.Equal(50, Seqs(dingxiang).Length);
        Assert.All(Seqs(dingxiang), seq => Assert.Equal(0, int.Parse(seq, System.Globalization.CultureInfo.InvariantCulture) % 2));
        Assert.Equal("/catalogue/county/%E5%AE%9A%E8%A5%84%E5%8E%BF/page/2/", dingxiang.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("定襄县", dingxiang.QuerySelector("details.filters a[aria-current=page]")!.TextContent);
        Assert.Contains("所在地：定襄县，共 60 家机构", dingxiang.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_occupation_page_lists_each_institution_that_may_certify_it_once()
    {
        using var tree = HundredTwenty();
        tree.Institution(121, scope: $"  - {{code: \"{ContentTree.OccupationB}\", trade: \"电焊工\", levels: [5]}}\n  - {{code: \"{ContentTree.OccupationB}\", trade: \"气焊工\", levels: [4]}}");
        SiteBuild.Succeed(tree);
        var welders = Seqs(Page(tree, $"occupations/{ContentTree.OccupationB}/index.html"));
        Assert.Equal(Enumerable.Range(1, 40).Select(n => (n * 3).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Append("000121"), welders);
        var page = Page(tree, $"occupations/{ContentTree.OccupationB}/index.html");
        Assert.Contains("本职业分为以下工种：电焊工、气焊工。", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("本职业不细分工种。", Page(tree, "occupations/4-10-01-05/index.html").QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_an_institution_renders_again_only_the_list_pages_that_show_it()
    {
        using var tree = HundredTwenty();
        SiteBuild.Succeed(tree);
        tree.Institution(75, name: "忻州改名机械有限公司", filedOn: "2023-03-01", scope: $"  - {{code: \"{ContentTree.OccupationA}\", levels: [5, 4]}}\n  - {{code: \"{ContentTree.OccupationB}\", levels: [5]}}");
        var rendered = SiteBuild.Succeed(tree).Rendered.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        Assert.Contains("catalogue/page/2/index.html", rendered);
        Assert.DoesNotContain("catalogue/index.html", rendered);
        Assert.DoesNotContain("catalogue/page/3/index.html", rendered);
        Assert.Contains("catalogue/status/active/page/2/index.html", rendered);
        Assert.DoesNotContain("catalogue/status/active/index.html", rendered);
        Assert.DoesNotContain("catalogue/status/removed/index.html", rendered);
        Assert.Contains("忻州改名机械有限公司", SiteBuild.Read(tree, "catalogue/page/2/index.html"), StringComparison.Ordinal);
    }
}
