using SkillCert.Core.Diagnostics;
using SkillCert.Generator.Build;
using SkillCert.Rendering.Links;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// The link check reads the links the templates recorded as they rendered, not the pages: these prove the two the same.
public class RecordedLinksTests
{
    [Fact]
    public void Every_page_s_recorded_links_and_ids_are_exactly_those_AngleSharp_reads_in_it()
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, filedOn: "2021-02-01", extra: "events:\n  - {on: 2022-03-01, type: removed, note: 违规开展认定}");
        tree.Page("faq", "常见问题", "## 第一问\n\n见[机构目录](/catalogue/)和[第一问](#第一问)。\n\n<a href=\"../\">上一层</a>");
        SiteBuild.Succeed(tree);
        var cache = BuildCache.Load(SiteFolders.For(tree.Out).CacheFile);
        var pages = SiteBuild.HtmlPages(tree.Out).ToList();
        Assert.True(pages.Count > 20, $"{pages.Count} pages");
        foreach (var page in pages)
        {
            var sitePath = Path.GetRelativePath(tree.Out, page).Replace('\\', '/');
            var read = LinkExtractor.Extract(sitePath, File.ReadAllText(page));
            var recorded = cache.LinksOf(sitePath);
            Assert.True(recorded is not null, sitePath);
            Assert.Equal(read.Links.OrderBy(l => (l.Line, l.Column, l.Written)), recorded.Links.OrderBy(l => (l.Line, l.Column, l.Written)));
            Assert.Equal(read.Ids, recorded.Ids);
        }
    }

    [Fact]
    public void A_template_that_writes_an_href_around_link_fails_the_build_at_its_line()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        var notFound = RepositoryPaths.CopyTemplatesWith(tree.Root, "404.html", "<h1>", "\n<a href=\"/nowhere/\">x</a><h1>");
        var (_, bag) = SiteBuild.Run(tree, templates: Path.GetDirectoryName(notFound));
        var d = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.TemplateSyntax);
        Assert.Equal(notFound, d.File);
        var line = File.ReadAllLines(notFound).ToList().FindIndex(l => l.StartsWith("<a href=\"/nowhere/\"", StringComparison.Ordinal)) + 1;
        Assert.Equal((line, 4), (d.Line, d.Column));
        Assert.Contains("link", d.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tree.Out));
    }

    [Fact]
    public void A_link_the_recording_missed_is_named_by_the_check_of_one_page_per_template()
    {
        const string html = "<p>\n<a href=\"/catalogue/\">目录</a></p>";
        var page = new RenderedHtml("home.html", html, []);
        var difference = RecordingCheck.Difference("index.html", page, LinkExtractor.From("index.html", html, page.Links));
        Assert.NotNull(difference);
        Assert.Contains("2:1 /catalogue/", difference, StringComparison.Ordinal);
        var complete = page with { Links = [new RecordedLink(false, "/catalogue/", html.IndexOf("href", StringComparison.Ordinal))] };
        Assert.Null(RecordingCheck.Difference("index.html", complete, LinkExtractor.From("index.html", html, complete.Links)));
    }

    [Fact]
    public void An_incremental_build_appends_its_pages_links_to_the_store_and_a_store_mostly_outdated_is_written_afresh()
    {
        using var tree = new ContentTree();
        for (var n = 1; n <= 6; n++) tree.Institution(n, filedOn: "2023-03-01");
        SiteBuild.Succeed(tree);
        var cacheFile = SiteFolders.For(tree.Out).CacheFile;
        string Store() => Assert.Single(Directory.GetFiles(Path.GetDirectoryName(cacheFile)!, Path.GetFileName(cacheFile) + ".links.*"));
        var (first, firstLength) = (Store(), new FileInfo(Store()).Length);
        var before = BuildCache.Load(cacheFile).LinksOf("catalogue/000002/index.html");

        tree.Institution(1, name: "改名后的培训学校", filedOn: "2023-03-01");
        SiteBuild.Succeed(tree);
        Assert.Equal(first, Store());
        Assert.True(new FileInfo(first).Length > firstLength);
        var after = BuildCache.Load(cacheFile).LinksOf("catalogue/000002/index.html");
        Assert.Equal(before!.Links, after!.Links);
        Assert.Equal(before.Ids, after.Ids);

        for (var round = 0; round < 12 && Store() == first; round++)
        {
            tree.Institution(1, name: $"改名第{round}次的培训学校", filedOn: "2023-03-01");
            SiteBuild.Succeed(tree);
        }
        Assert.NotEqual(first, Store());
        Assert.Equal(before.Links, BuildCache.Load(cacheFile).LinksOf("catalogue/000002/index.html")!.Links);
    }
}
