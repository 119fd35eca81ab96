using AngleSharp.Html.Parser;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// What every page's head gives search engines and browsers: its own description, and the site's icon.
public class PageHeadTests
{
    [Fact]
    public void Every_page_has_a_description_of_its_own()
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, filedOn: "2023-05-01");
        tree.Page("faq", "常见问题", "见[机构目录](/catalogue/)。");
        SiteBuild.Succeed(tree);
        var parser = new HtmlParser();
        var descriptions = SiteBuild.HtmlPages(tree.Out).ToDictionary(p => Path.GetRelativePath(tree.Out, p),
            p => parser.ParseDocument(File.ReadAllText(p)).QuerySelector("head meta[name=description]")?.GetAttribute("content") ?? "");
        Assert.All(descriptions, d => Assert.True(d.Value.Length >= 5, $"{d.Key}: \"{d.Value}\""));
        var repeated = descriptions.GroupBy(d => d.Value).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(d => d.Key))).ToList();
        Assert.True(repeated.Count == 0, "pages sharing a description: " + string.Join("; ", repeated));
        Assert.Contains("忻州示例机械1有限公司（机构代码 000001", descriptions["catalogue/000001/index.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_names_the_favicon_that_the_site_serves_from_its_root()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        SiteBuild.Succeed(tree);
        var icon = File.ReadAllBytes(Path.Combine(tree.Out, "favicon.ico"));
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, icon[..4]);
        var parser = new HtmlParser();
        Assert.All(SiteBuild.HtmlPages(tree.Out), page =>
            Assert.Equal("/favicon.ico", parser.ParseDocument(File.ReadAllText(page)).QuerySelector("head link[rel=icon]")?.GetAttribute("href")));
    }
}
