using System.Text.Json;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Build;

namespace SkillCert.Tests.Integration.Content;

/// The page cache: a rebuild runs Markdig again only for the policy pages whose files changed.
public class ParsedPagesTests
{
    private static (LoadedContent Content, DiagnosticBag Bag) Load(string contentDir, string pageCacheFile)
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(contentDir, new DateOnly(2025, 1, 1), bag, Path.ChangeExtension(pageCacheFile, ".parsed"),
            pageCacheFile: pageCacheFile);
        Assert.NotNull(content);
        return (content, bag);
    }

    private static ContentTree TwoPages()
    {
        var tree = new ContentTree();
        tree.Institution(1);
        tree.Page("guide", "办事指南", "## 步骤\n\n| 等级 | 名称 |\n|---|---|\n| 5 | 初级工 |\n\n先备案。");
        tree.Page("faq", "常见问题", "见[办事指南](/pages/guide/#步骤)。", order: 2);
        tree.Settle("pages");
        return tree;
    }

    private static string CacheOf(ContentTree tree) => Path.Combine(tree.Root, "site.pages");

    private static string Html(LoadedContent content, string slug) => content.Pages.Single(p => p.Slug == slug).Html.Html;

    [Fact]
    public void An_unchanged_page_is_taken_from_the_cache_the_same_as_it_was_read()
    {
        // The real pages and the tree's, compared through reflection-based JSON: a property the cache could not restore
        // would show as a difference here.
        using var tree = TwoPages();
        foreach (var dir in new[] { Path.Combine(RepositoryPaths.Root, "content"), tree.Dir })
        {
            var cache = Path.Combine(tree.Root, Path.GetFileName(dir) + ".pages");
            var fresh = Load(dir, cache).Content;
            var cached = Load(dir, cache).Content;
            Assert.Equal(0, fresh.PagesReused);
            Assert.Equal(fresh.Pages.Count, cached.PagesReused);
            Assert.NotEmpty(cached.Pages);
            Assert.Equal(JsonSerializer.Serialize(fresh.Pages), JsonSerializer.Serialize(cached.Pages));
        }
    }

    [Fact]
    public void An_edited_page_is_read_again_and_the_others_are_not()
    {
        using var tree = TwoPages();
        Load(tree.Dir, CacheOf(tree));
        tree.Page("guide", "办事指南", "## 阶段\n\n先备案。");
        var (content, _) = Load(tree.Dir, CacheOf(tree));
        Assert.Equal(1, content.PagesReused);
        Assert.Contains("阶段", Html(content, "guide"), StringComparison.Ordinal);
        Assert.DoesNotContain("步骤", Html(content, "guide"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_rewritten_with_its_old_size_and_time_of_last_write_is_read_again_when_that_time_was_close_to_the_last_load()
    {
        using var tree = new ContentTree();
        var file = tree.Page("guide", "办事指南", "先备案。");
        var written = File.GetLastWriteTimeUtc(file);
        Load(tree.Dir, CacheOf(tree));
        tree.Page("guide", "办事指南", "后备案。");
        File.SetLastWriteTimeUtc(file, written);
        var (content, _) = Load(tree.Dir, CacheOf(tree));
        Assert.Contains("后备案", Html(content, "guide"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cache_written_by_another_generator_is_ignored_and_one_by_this_generator_is_used()
    {
        // The same cache twice, with a page's HTML no reader would make: only the stamp and who wrote it decide whether it is used.
        using var tree = TwoPages();
        var faq = Path.Combine(tree.Dir, "pages", "faq.md");
        var stamp = new FileInfo(faq);
        var page = new LoadedPage(faq, "faq", "常见问题", new DateOnly(2020, 3, 12), 2, "常见问题的摘要", new("<p>旧的</p>"), new(faq, 3, 7));
        foreach (var (madeBy, used) in new[] { ("another generator", false), (ParsedPages.MadeBy, true) })
        {
            using (var stream = File.Create(CacheOf(tree)))
            {
                ParsedPagesFormat.Write(stream, new ParsedPagesFile(madeBy, DateTime.UtcNow.Ticks,
                    new Dictionary<string, ParsedPage> { [faq] = new(new FileStamp(stamp.Length, stamp.LastWriteTimeUtc.Ticks), page) }));
            }
            var (content, _) = Load(tree.Dir, CacheOf(tree));
            Assert.Equal(used, Html(content, "faq") == "<p>旧的</p>");
        }
    }

    [Fact]
    public void A_page_with_a_warning_is_read_again_and_warns_every_time()
    {
        using var tree = TwoPages();
        tree.Write("pages/extra.md", "---\ntitle: 附录\nslug: extra\nauthor: 张三\n---\n\n正文。");
        tree.Settle("pages");
        var first = Load(tree.Dir, CacheOf(tree));
        var second = Load(tree.Dir, CacheOf(tree));
        Assert.Equal(2, second.Content.PagesReused);
        Assert.Equal(first.Bag.Sorted().Select(d => d.ToString()), second.Bag.Sorted().Select(d => d.ToString()));
        Assert.Contains(second.Bag.Items, d => d.Code == DiagnosticCodes.UnknownField && d.File.EndsWith("extra.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_cache_is_ignored_and_replaced()
    {
        using var tree = TwoPages();
        File.WriteAllText(CacheOf(tree), "skillcert-page-cache, but cut short");
        Assert.Equal(0, Load(tree.Dir, CacheOf(tree)).Content.PagesReused);
        Assert.Equal(2, Load(tree.Dir, CacheOf(tree)).Content.PagesReused);
    }

    [Fact]
    public void A_deleted_page_is_gone_and_a_new_one_is_read()
    {
        using var tree = TwoPages();
        Load(tree.Dir, CacheOf(tree));
        File.Delete(Path.Combine(tree.Dir, "pages", "faq.md"));
        tree.Page("contact", "联系我们", "电话。", order: 3);
        var (content, _) = Load(tree.Dir, CacheOf(tree));
        Assert.Equal(["guide", "contact"], content.Pages.Select(p => p.Slug));
        Assert.Equal(1, content.PagesReused);
    }
}
