using AngleSharp.Html.Parser;
using SkillCert.Rendering.Templates;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// The site's assets under names that carry their fingerprint, which the pages link and a server may keep for a year.
public class FingerprintedAssetsTests
{
    private static readonly HtmlParser Parser = new();

    private static List<string> Stylesheets(string html)
    {
        using var page = Parser.ParseDocument(html);
        return page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
    }

    [Fact]
    public void Every_page_links_its_stylesheets_by_fingerprinted_names_that_the_site_has()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        SiteBuild.Succeed(tree);
        var pages = SiteBuild.HtmlPages(tree.Out).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var links = Stylesheets(File.ReadAllText(page));
            Assert.NotEmpty(links);
            foreach (var link in links)
            {
                Assert.True(AssetFingerprints.IsFingerprinted(link), $"{page}: {link}");
                Assert.True(File.Exists(Path.Combine(tree.Out, link.TrimStart('/'))), link);
            }
        }
    }

    [Fact]
    public void A_fingerprinted_copy_has_the_same_bytes_as_its_plain_name_which_stays_published()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        SiteBuild.Succeed(tree);
        var assets = AssetFingerprints.Read(RepositoryPaths.SiteTemplates);
        Assert.NotEmpty(assets.Files);
        foreach (var asset in assets.Files)
        {
            var plain = File.ReadAllBytes(Path.Combine(tree.Out, asset.Url.TrimStart('/')));
            Assert.Equal(plain, File.ReadAllBytes(Path.Combine(tree.Out, asset.FingerprintedUrl.TrimStart('/'))));
            Assert.Equal(File.ReadAllBytes(asset.FilePath), plain);
        }
    }

    [Fact]
    public void A_changed_stylesheet_gets_a_new_name_and_every_page_links_it()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        var templates = RepositoryPaths.CopyTemplates(tree.Root);
        SiteBuild.Succeed(tree, templates: templates);
        var before = Stylesheets(SiteBuild.Read(tree, "index.html")).Single(l => l.Contains("/site.", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(templates, "assets", "site.css"), "\n.changed { color: #000; }\n");
        SiteBuild.Succeed(tree, templates: templates);
        var after = Stylesheets(SiteBuild.Read(tree, "index.html")).Single(l => l.Contains("/site.", StringComparison.Ordinal));
        Assert.NotEqual(before, after);
        Assert.Equal(after, Stylesheets(SiteBuild.Read(tree, "catalogue/000001/index.html")).Single(l => l.Contains("/site.", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(tree.Out, after.TrimStart('/'))));
        Assert.False(File.Exists(Path.Combine(tree.Out, before.TrimStart('/'))));
    }

    [Fact]
    public void The_sites_pages_are_open_to_search_engines()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        SiteBuild.Succeed(tree);
        Assert.All(SiteBuild.HtmlPages(tree.Out), page => Assert.DoesNotContain("name=\"robots\"", File.ReadAllText(page), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/assets/site.0123456789.css", true)]
    [InlineData("/assets/fonts/noto.abcdef0123.woff2", true)]
    [InlineData("/assets/site.css", false)]
    [InlineData("/assets/site.0123456789", true)]
    [InlineData("/catalogue/site.0123456789.css", false)]
    [InlineData("/assets/site.ABCDEF0123.css", false)]
    [InlineData("/assets/site.012345678.css", false)]
    public void Only_assets_named_with_a_fingerprint_count_as_fingerprinted(string url, bool expected) =>
        Assert.Equal(expected, AssetFingerprints.IsFingerprinted(url));
}
