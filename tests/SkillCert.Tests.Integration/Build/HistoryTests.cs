using AngleSharp.Html.Parser;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// An institution that has left the catalogue keeps its former scope and validity on its page, under a heading that
/// says they are history, and its card in the lists names them as former; one still filed shows them as they stand.
public class HistoryTests
{
    [Theory]
    [InlineData("removed", "已移出")]
    [InlineData("withdrawn", "视同退出")]
    public void A_removed_or_withdrawn_institution_shows_its_former_scope_and_validity_as_history(string type, string label)
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2022-03-01", extra: $"events:\n  - {{on: 2024-03-01, type: {type}, note: 企业申请}}");
        SiteBuild.Succeed(tree);
        var page = new HtmlParser().ParseDocument(SiteBuild.Read(tree, "catalogue/000001/index.html"));
        Assert.Equal($"历史记录：{label}前的认定范围和有效期", page.QuerySelector("#scope-title")!.TextContent);
        var section = page.QuerySelector("#scope-title")!.ParentElement!;
        Assert.Contains("原有效期至 2025-02-28", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("现已失效", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("数控车工", section.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll(".facts dt"), dt => dt.TextContent == "有效期至");

        var card = new HtmlParser().ParseDocument(SiteBuild.Read(tree, "catalogue/index.html")).QuerySelector(".entry")!;
        Assert.Contains(card.QuerySelectorAll("dt"), dt => dt.TextContent == "原有效期至");
        Assert.Contains(card.QuerySelectorAll("dt"), dt => dt.TextContent == "原认定范围（已失效）");
    }

    [Fact]
    public void An_institution_still_filed_shows_its_scope_and_validity_as_they_stand()
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        SiteBuild.Succeed(tree);
        var page = new HtmlParser().ParseDocument(SiteBuild.Read(tree, "catalogue/000001/index.html"));
        Assert.Equal("备案认定范围", page.QuerySelector("#scope-title")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".facts dt"), dt => dt.TextContent == "有效期至");
    }
}
