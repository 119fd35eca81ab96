using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// An incremental build decides what to render from fingerprints of each page's inputs. If an input were missing
/// from a fingerprint, a page would keep showing the old value; so after every kind of edit, the incremental site
/// must be byte for byte the site a cold build makes.
public class IncrementalBuildTests
{
    public static TheoryData<string> Edits =>
        ["rename", "suspend", "rescope", "address", "occupation", "site", "remove", "add", "page", "grow", "demo", "first", "address-and-remove",
            "quoted"];

    internal static void Apply(ContentTree tree, string edit)
    {
        switch (edit)
        {
            case "rename": tree.Institution(2, name: "忻州改名焊接有限公司", scope: WeldingScope); break;
            case "suspend": tree.Institution(1, extra: "events:\n  - {on: 2024-10-01, type: suspended, note: 整改}"); break;
            case "rescope": tree.Institution(1, scope: WeldingScope); break;
            // What no list shows: only the institution's own files and the catalogue-wide data change.
            case "address": Replace(tree, "institutions/000002.yml", "和平街2号", "和平街20号"); break;
            case "occupation": Replace(tree, "occupations.yml", "name: \"焊工\"", "name: \"焊接工\""); break;
            case "site": Replace(tree, "site.yml", "忻州市评价机构目录", "忻州市技能评价机构目录"); break;
            case "remove": File.Delete(Path.Combine(tree.Dir, "institutions", "000003.yml")); break;
            case "add": tree.Institution(4, filedOn: "2024-08-01", scope: WeldingScope); break;
            case "page": tree.Page("faq", "常见问题解答", "见[机构目录](/catalogue/)。", order: 2); break;
            // Past fifty institutions the lists, the search index and their pagers gain a second page.
            case "grow":
                for (var n = 4; n <= 60; n++) tree.Institution(n, filedOn: "2024-08-01", scope: n % 2 == 0 ? WeldingScope : "");
                break;
            case "demo": File.AppendAllText(Path.Combine(tree.Dir, "site.yml"), "demo: true\n"); break;
            // The catalogue's JSON and CSV copy the records that did not change from the published files: the first one,
            // one beside a removed one, and a row that a CSV must quote have to come out the same as when made anew.
            case "first": Replace(tree, "institutions/000001.yml", "和平街1号", "和平街10号"); break;
            case "address-and-remove":
                Replace(tree, "institutions/000002.yml", "和平街2号", "和平街20号");
                File.Delete(Path.Combine(tree.Dir, "institutions", "000001.yml"));
                break;
            case "quoted": Replace(tree, "institutions/000002.yml", "和平街2号", @"和平街2号\n\""东门\"", 后院"); break;
            default: throw new ArgumentOutOfRangeException(nameof(edit), edit, "no such edit");
        }
    }

    private const string WeldingScope = $"  - {{code: \"{ContentTree.OccupationB}\", trade: \"电焊工\", levels: [5, 4]}}";

    private static void Replace(ContentTree tree, string file, string from, string to)
    {
        var path = Path.Combine(tree.Dir, file);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_an_incremental_build_publishes_what_a_cold_build_does(string edit)
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, filedOn: "2023-05-01", scope: WeldingScope);
        tree.Institution(3, filedOn: "2021-02-01", extra: "events:\n  - {on: 2022-03-01, type: removed, note: 违规开展认定}");
        tree.Page("faq", "常见问题", "见[机构目录](/catalogue/)。");
        SiteBuild.Succeed(tree);

        Apply(tree, edit);
        var incremental = SiteBuild.Succeed(tree);
        var cold = Path.Combine(tree.Root, "cold");
        SiteBuild.Succeed(tree, outDir: cold, noCache: true);

        Assert.NotEmpty(incremental.Rendered);
        SiteBuild.AssertSameSite(cold, tree.Out, edit);
    }

    /// The plan hands what it learned (each institution's fingerprints, the lists' and the changes' keys, where
    /// catalogue.json's records are) from build to build, also through builds that reused it: after each of many edits
    /// in a row, and a build with no change, the site must still be the cold build's.
    [Fact]
    public void Edits_one_after_another_each_publish_what_a_cold_build_does()
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, filedOn: "2023-05-01", scope: WeldingScope);
        tree.Institution(3, filedOn: "2021-02-01", extra: "events:\n  - {on: 2022-03-01, type: removed, note: 违规开展认定}");
        SiteBuild.Succeed(tree);
        var round = 0;
        foreach (var edit in new[] { "address", "first", "quoted", "rename", "suspend", "remove", "add", "page" })
        {
            Apply(tree, edit);
            SiteBuild.Succeed(tree);
            Assert.Empty(SiteBuild.Succeed(tree).Rendered);
            var cold = Path.Combine(tree.Root, $"cold-{round++}");
            SiteBuild.Succeed(tree, outDir: cold, noCache: true);
            SiteBuild.AssertSameSite(cold, tree.Out, edit);
        }
    }

    /// A rename, with more institutions than one search shard and one page hold, is spliced into the shards of the terms
    /// it took away or added and re-plans only the list and changes pages that show the institution; the site must still
    /// be the cold build's, also after a second rename of the same institution.
    [Fact]
    public void A_rename_among_many_institutions_renders_only_what_shows_the_name_and_publishes_what_a_cold_build_does()
    {
        using var tree = new ContentTree();
        for (var n = 1; n <= 260; n++) tree.Institution(n, filedOn: n % 3 == 0 ? "2022-04-01" : "2023-03-01", scope: n % 2 == 0 ? WeldingScope : "");
        SiteBuild.Succeed(tree);
        foreach (var name in new[] { "忻州改名焊接有限公司", "太原再改名精工股份有限公司" })
        {
            tree.Institution(120, name: name, filedOn: "2022-04-01", scope: WeldingScope);
            var rendered = SiteBuild.Succeed(tree).Rendered;
            var cold = Path.Combine(tree.Root, "cold-" + name);
            SiteBuild.Succeed(tree, outDir: cold, noCache: true);
            SiteBuild.AssertSameSite(cold, tree.Out, name);
            Assert.Contains("catalogue/page/3/index.html", rendered);
            Assert.DoesNotContain("catalogue/page/2/index.html", rendered);
            Assert.Contains("changes/2022/index.html", rendered);
            Assert.DoesNotContain("changes/2022/page/2/index.html", rendered);
            Assert.DoesNotContain("changes/2023/index.html", rendered);
        }
    }

    /// Pages whose files have settled are taken from the page cache, not parsed again: the site of a build that took them
    /// so, and of one after an edit to one of them, must still be the cold build's.
    [Fact]
    public void Pages_taken_from_the_page_cache_publish_what_a_cold_build_does()
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Page("guide", "办事指南", "## 步骤\n\n| 等级 | 名称 |\n|---|---|\n| 5 | 初级工 |");
        tree.Page("faq", "常见问题", "见[步骤](/pages/guide/#步骤)。", order: 2);
        tree.Settle("pages");
        SiteBuild.Succeed(tree);
        Assert.True(File.Exists(SiteFolders.For(tree.Out).PageCacheFile));
        Apply(tree, "first");
        SiteBuild.Succeed(tree);
        SiteBuild.Succeed(tree, outDir: Path.Combine(tree.Root, "cold"), noCache: true);
        SiteBuild.AssertSameSite(Path.Combine(tree.Root, "cold"), tree.Out, "an address, the pages from the cache");

        tree.Page("guide", "办事指南", "## 步骤\n\n先备案，再认定。");
        SiteBuild.Succeed(tree);
        SiteBuild.Succeed(tree, outDir: Path.Combine(tree.Root, "cold-2"), noCache: true);
        SiteBuild.AssertSameSite(Path.Combine(tree.Root, "cold-2"), tree.Out, "an edited page");
        Assert.Contains("再认定", SiteBuild.Read(tree, "pages/guide/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_row_of_the_catalogue_csv_is_copied_whole_when_another_institution_changes()
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, filedOn: "2023-05-01", scope: WeldingScope);
        Apply(tree, "quoted");
        SiteBuild.Succeed(tree);
        Assert.Contains("\"东门\"\"", SiteBuild.Read(tree, "data/catalogue.csv"), StringComparison.Ordinal);

        Apply(tree, "first");
        SiteBuild.Succeed(tree);
        var cold = Path.Combine(tree.Root, "cold");
        SiteBuild.Succeed(tree, outDir: cold, noCache: true);

        foreach (var file in new[] { "data/catalogue.csv", "data/catalogue.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(cold, file)), File.ReadAllBytes(Path.Combine(tree.Out, file)));
    }

    [Fact]
    public void A_page_left_as_it_was_that_links_to_an_anchor_a_rebuilt_page_no_longer_has_fails_the_build()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        tree.Page("guide", "办事指南", "## Steps\n\n先备案。");
        tree.Page("faq", "常见问题", "见[步骤](/pages/guide/#steps)。", order: 2);
        SiteBuild.Succeed(tree);

        tree.Page("guide", "办事指南", "## Stages\n\n先备案。");
        var (result, bag) = SiteBuild.Run(tree);

        Assert.Equal(1, result.ExitCode);
        var d = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.BrokenAnchor);
        Assert.Equal(Path.Combine(tree.Out, "pages/faq/index.html"), d.File);
    }
}
