using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// Invented sample content says so wherever it is published: a banner on every page, "demo": true in the open data,
/// and the category demo on the feed and each of its entries. Real content says nothing of the kind.
public class DemoSiteTests
{
    private const string Banner = "示例数据，非真实备案信息";

    private static ContentTree Tree(bool demo)
    {
        var tree = new ContentTree();
        if (demo) File.AppendAllText(Path.Combine(tree.Dir, "site.yml"), "demo: true\n");
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, filedOn: "2021-02-01", extra: "events:\n  - {on: 2022-03-01, type: removed, note: 违规开展认定}");
        tree.Page("faq", "常见问题", "见[机构目录](/catalogue/)。");
        return tree;
    }

    [Fact]
    public void A_demo_site_carries_the_banner_on_every_page()
    {
        using var tree = Tree(demo: true);
        SiteBuild.Succeed(tree);
        var parser = new HtmlParser();
        var pages = SiteBuild.HtmlPages(tree.Out).ToList();
        Assert.True(pages.Count > 20, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.Contains(Banner, parser.ParseDocument(File.ReadAllText(page)).QuerySelector("header .demo-banner")?.TextContent ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_demo_site_says_so_in_its_open_data_and_in_every_entry_of_its_feed()
    {
        using var tree = Tree(demo: true);
        SiteBuild.Succeed(tree);
        using var json = JsonDocument.Parse(SiteBuild.Read(tree, "data/catalogue.json"));
        Assert.True(json.RootElement.GetProperty("demo").GetBoolean());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(SiteBuild.Read(tree, "feed.xml")).Root!;
        Assert.Equal("demo", feed.Element(atom + "category")!.Attribute("term")!.Value);
        Assert.Equal(Banner, feed.Element(atom + "subtitle")!.Value);
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal("demo", e.Element(atom + "category")!.Attribute("term")!.Value));
    }

    [Fact]
    public void Real_content_has_no_banner_and_its_open_data_says_demo_false()
    {
        using var tree = Tree(demo: false);
        SiteBuild.Succeed(tree);
        Assert.All(SiteBuild.HtmlPages(tree.Out), page => Assert.DoesNotContain(Banner, File.ReadAllText(page), StringComparison.Ordinal));
        using var json = JsonDocument.Parse(SiteBuild.Read(tree, "data/catalogue.json"));
        Assert.False(json.RootElement.GetProperty("demo").GetBoolean());
        Assert.DoesNotContain("category", SiteBuild.Read(tree, "feed.xml"), StringComparison.Ordinal);
    }

    /// The home page's hint under the number field, on a site built with an export of two certificates of 000001.
    private static string ExampleHint(bool demo)
    {
        using var tree = Tree(demo);
        var export = new ExportFixture().Certificates("000001", 2024, 3, 2).Write(Path.Combine(tree.Root, "certificates.db"));
        SiteBuild.Succeed(tree, export: export);
        return new HtmlParser().ParseDocument(SiteBuild.Read(tree, "index.html")).QuerySelector("#verify-number-hint")!.TextContent;
    }

    [Fact]
    public void A_demo_site_built_with_its_export_offers_a_certificate_of_the_export_as_the_example_number()
    {
        var hint = ExampleHint(demo: true);
        Assert.Contains("Y000014000001243000001", hint, StringComparison.Ordinal);
        Assert.Contains("可以直接查询", hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_site_never_shows_a_holder_s_certificate_as_its_example()
    {
        var hint = ExampleHint(demo: false);
        Assert.DoesNotContain("Y000014000001243000001", hint, StringComparison.Ordinal);
        Assert.Contains("格式如", hint, StringComparison.Ordinal);
    }
}
