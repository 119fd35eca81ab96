using AngleSharp.Html.Parser;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// Whole sites, written inline, built and asserted on.
public class SiteBuildTests
{
    private static ContentTree ThreeInstitutions()
    {
        var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, filedOn: "2023-05-01", scope: $"  - {{code: \"{ContentTree.OccupationB}\", trade: \"电焊工\", levels: [5, 4]}}");
        tree.Institution(3, filedOn: "2021-02-01", extra: "events:\n  - {on: 2022-03-01, type: removed, note: 违规开展认定}");
        tree.Page("filing-steps", "备案流程", "## 四个环节\n\n见[机构目录](/catalogue/)和[第一家](/catalogue/000001/#history-title)。");
        return tree;
    }

    [Fact]
    public void A_script_in_an_institution_name_never_becomes_a_script_element()
    {
        using var tree = new ContentTree();
        tree.Institution(1, name: "<script>alert(1)</script>");
        tree.Institution(2, name: "\\\"><img src=x onerror=alert(2)>");
        SiteBuild.Succeed(tree);
        var parser = new HtmlParser();
        var pages = SiteBuild.HtmlPages(tree.Out).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            using var document = parser.ParseDocument(File.ReadAllText(page));
            Assert.All(document.Scripts, s => Assert.StartsWith("/assets/", s.Source ?? "(inline)", StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("[onerror], img[src='x']"));
        }
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", SiteBuild.Read(tree, "catalogue/000001/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_says_the_day_its_statuses_were_computed()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree, asOf: new DateOnly(2025, 3, 14));
        var parser = new HtmlParser();
        var pages = SiteBuild.HtmlPages(tree.Out).ToList();
        Assert.True(pages.Count > 10, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            using var document = parser.ParseDocument(File.ReadAllText(page));
            var line = document.QuerySelector("footer .statuses-on");
            Assert.True(line is not null, $"{Path.GetRelativePath(tree.Out, page)} does not say which day its statuses show");
            Assert.Contains("按 2025-03-14 当天计算", line.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_rebuild_on_the_next_day_renders_every_page_again_with_that_day()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree, asOf: new DateOnly(2025, 3, 14));
        SiteBuild.Succeed(tree, asOf: new DateOnly(2025, 3, 15));
        Assert.All(SiteBuild.HtmlPages(tree.Out), page =>
            Assert.Contains("2025-03-15</span> 当天计算", File.ReadAllText(page), StringComparison.Ordinal));
    }

    [Fact]
    public void Two_builds_of_the_same_content_give_identical_trees()
    {
        using var tree = ThreeInstitutions();
        var first = Path.Combine(tree.Root, "first");
        var second = Path.Combine(tree.Root, "second");
        SiteBuild.Succeed(tree, first);
        SiteBuild.Succeed(tree, second, noCache: true);
        var a = SiteBuild.Snapshot(first);
        var b = SiteBuild.Snapshot(second);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, file => Assert.True(file.Value.AsSpan().SequenceEqual(b[file.Key]), file.Key));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_byte_for_byte()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        var before = SiteBuild.Snapshot(tree.Out);
        tree.Institution(2, name: "改名之后", scope: "  - {code: \"6-99-99-99\", levels: [5]}");
        var (result, bag) = SiteBuild.Run(tree);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.UnknownOccupation);
        var after = SiteBuild.Snapshot(tree.Out);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), file.Key));
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(tree.Root, ".skillcert"), "staging-*"));
    }

    // The load stage reads the templates while it reads the content (LoadStage; incremental.sh): an error in one must not
    // hide, or be hidden by, an error in the other.
    [Fact]
    public void A_template_syntax_error_and_an_unknown_occupation_are_both_reported()
    {
        using var tree = ThreeInstitutions();
        var templates = RepositoryPaths.CopyTemplates(tree.Root);
        var institution = Path.Combine(templates, "institution.html");
        File.WriteAllText(institution, File.ReadAllText(institution).Replace("{{ institution.seq }}</dd>", "{{ institution.seq </dd>", StringComparison.Ordinal));
        tree.Institution(2, scope: "  - {code: \"6-99-99-99\", levels: [5]}");
        var (result, bag) = SiteBuild.Run(tree, templates: templates);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.TemplateSyntax && d.File == institution);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.UnknownOccupation && d.File.EndsWith("000002.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_error_fails_the_build_at_the_template_line_and_keeps_the_site()
    {
        using var tree = ThreeInstitutions();
        var templates = RepositoryPaths.CopyTemplates(tree.Root);
        SiteBuild.Succeed(tree, templates: templates);
        var before = SiteBuild.Snapshot(tree.Out);
        var institution = Path.Combine(templates, "institution.html");
        File.WriteAllText(institution, File.ReadAllText(institution).Replace("{{ institution.seq }}</dd>", "{{ institution.sequence }}</dd>", StringComparison.Ordinal));
        var (result, bag) = SiteBuild.Run(tree, templates: templates);
        Assert.Equal(1, result.ExitCode);
        var d = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.TemplateRuntime);
        Assert.Equal(institution, d.File);
        Assert.Equal(File.ReadAllLines(institution).ToList().FindIndex(l => l.Contains("institution.sequence", StringComparison.Ordinal)) + 1, d.Line);
        Assert.Equal(before.Keys, SiteBuild.Snapshot(tree.Out).Keys);
    }

    [Fact]
    public void A_rebuild_without_changes_writes_no_file()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        var stamps = Directory.EnumerateFiles(tree.Out, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var again = SiteBuild.Succeed(tree);
        Assert.Empty(again.Rendered);
        Assert.Equal(0, again.Written);
        Assert.All(stamps, s => Assert.Equal(s.Value, File.GetLastWriteTimeUtc(s.Key)));
    }

    [Fact]
    public void Editing_one_institution_re_renders_its_page_the_index_and_the_pages_that_list_it()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        tree.Institution(2, name: "忻州新名称焊接有限公司", filedOn: "2023-05-01", scope: $"  - {{code: \"{ContentTree.OccupationB}\", trade: \"电焊工\", levels: [5, 4]}}");
        var result = SiteBuild.Succeed(tree);
        string[] expected =
        [
            "catalogue/000002/index.html", "catalogue/000002/index.json", "catalogue/county/忻府区/index.html", "catalogue/index.html",
            "catalogue/status/active/index.html", "changes/2023/index.html", "changes/index.html", "data/catalogue.csv", "data/catalogue.json",
            "feed.xml", "index.html", $"occupations/{ContentTree.OccupationB}/index.html", "search/r/0.json", "search/t/0.json",
        ];
        Assert.Equal(expected, result.Rendered);
        Assert.Contains("忻州新名称焊接有限公司", SiteBuild.Read(tree, "catalogue/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_what_no_card_shows_re_renders_the_institutions_own_files_and_no_list_page()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        var file = Path.Combine(tree.Dir, "institutions", "000002.yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("和平街2号", "和平街20号", StringComparison.Ordinal));
        var result = SiteBuild.Succeed(tree);
        // The search's part of records shows no address, so it stays as it was too.
        string[] expected = ["catalogue/000002/index.html", "catalogue/000002/index.json", "data/catalogue.csv", "data/catalogue.json"];
        Assert.Equal(expected, result.Rendered);
        Assert.Contains("和平街20号", SiteBuild.Read(tree, "catalogue/000002/index.html"), StringComparison.Ordinal);
    }

    /// Every page's fingerprint, and the keys of the lists and the changes that the plan keeps from build to build, hold the
    /// templates: a partial that only the lists show still renders every page again, as a cold build would.
    [Fact]
    public void Editing_a_template_renders_every_page_again()
    {
        using var tree = ThreeInstitutions();
        var templates = RepositoryPaths.CopyTemplates(tree.Root);
        SiteBuild.Succeed(tree, templates: templates);
        File.AppendAllText(Path.Combine(templates, "partials", "institution-card.html"), "\n");
        var result = SiteBuild.Succeed(tree, templates: templates);
        Assert.Equal(SiteBuild.HtmlPages(tree.Out).Select(f => Path.GetRelativePath(tree.Out, f).Replace('\\', '/')),
            result.Rendered.Where(p => p.EndsWith(".html", StringComparison.Ordinal)));
        var cold = Path.Combine(tree.Root, "cold");
        SiteBuild.Succeed(tree, outDir: cold, templates: templates, noCache: true);
        SiteBuild.AssertSameSite(cold, tree.Out, "a template edit");
    }

    [Fact]
    public void No_cache_renders_every_file_again()
    {
        using var tree = ThreeInstitutions();
        var first = SiteBuild.Succeed(tree);
        var cold = SiteBuild.Succeed(tree, noCache: true);
        Assert.Equal(first.Total, cold.Rendered.Count);
    }

    [Fact]
    public void Removing_a_page_that_another_page_links_to_fails_the_build()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        File.Delete(Path.Combine(tree.Dir, "institutions", "000001.yml"));
        var (result, bag) = SiteBuild.Run(tree);
        Assert.Equal(1, result.ExitCode);
        var d = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Contains("/catalogue/000001/", d.Message, StringComparison.Ordinal);
        Assert.Contains("filing-steps.md", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_link_in_a_policy_page_names_the_page_and_the_link()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        tree.Page("faq", "常见问题", "见[备案流程](/pages/filing-step/)。");
        var (result, bag) = SiteBuild.Run(tree);
        Assert.Equal(1, result.ExitCode);
        var d = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Equal(Path.Combine(tree.Out, "pages/faq/index.html"), d.File);
        Assert.Contains("\"/pages/filing-step/\"", d.MessageEn, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tree.Out));
    }

    [Fact]
    public void A_link_to_a_missing_anchor_is_a_build_error()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        tree.Page("faq", "常见问题", "见[历史](/catalogue/000001/#no-such-id)。");
        var (_, bag) = SiteBuild.Run(tree);
        Assert.Contains("#no-such-id", Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.BrokenAnchor).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_used_twice_on_a_page_is_a_build_error()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        var notFound = RepositoryPaths.CopyTemplatesWith(tree.Root, "404.html", "<h1>", "<h1 id=\"{{ anchor 'main' }}\">");
        var (_, bag) = SiteBuild.Run(tree, templates: Path.GetDirectoryName(notFound));
        var d = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.DuplicateId);
        Assert.Equal(Path.Combine(tree.Out, "404.html"), d.File);
    }

    [Fact]
    public void Contact_persons_are_never_published()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        foreach (var (path, bytes) in SiteBuild.Snapshot(tree.Out))
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("联系人张秀英", text, StringComparison.Ordinal);
            Assert.DoesNotContain("13912345678", text, StringComparison.Ordinal);
            Assert.DoesNotContain("private1@example.com", text, StringComparison.Ordinal);
            Assert.False(path.Contains(".skillcert", StringComparison.Ordinal), path);
        }
    }

    [Fact]
    public void A_folder_that_skillcert_did_not_build_is_never_replaced()
    {
        using var tree = ThreeInstitutions();
        Directory.CreateDirectory(tree.Out);
        var precious = Path.Combine(tree.Out, "notes.txt");
        File.WriteAllText(precious, "keep me");
        var (result, bag) = SiteBuild.Run(tree);
        Assert.Equal(2, result.ExitCode);
        var refusal = Assert.Single(bag.Sorted());
        Assert.Equal(("SC5005", tree.Out), (refusal.Code, refusal.File));
        Assert.Contains("不是 skillcert 在这里生成的", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(precious));
    }

    [Fact]
    public void Removing_an_institution_removes_its_pages_and_re_renders_the_lists()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        File.Delete(Path.Combine(tree.Dir, "institutions", "000003.yml"));
        var result = SiteBuild.Succeed(tree);
        Assert.False(Directory.Exists(Path.Combine(tree.Out, "catalogue", "000003")));
        Assert.Contains("catalogue/index.html", result.Rendered);
        Assert.DoesNotContain("000003", SiteBuild.Read(tree, "catalogue/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_build_over_the_spare_tree_leaves_nothing_of_an_older_site()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        SiteBuild.Succeed(tree, noCache: true);
        // The site before last is now the spare; the next full build rewrites it in place, so 000003 must go.
        Assert.True(Directory.Exists(Path.Combine(tree.Root, ".skillcert", "_site.spare", "catalogue", "000003")));
        File.Delete(Path.Combine(tree.Dir, "institutions", "000003.yml"));
        SiteBuild.Succeed(tree, noCache: true);

        var fresh = Path.Combine(tree.Root, "fresh");
        SiteBuild.Succeed(tree, fresh, noCache: true);
        var expected = SiteBuild.Snapshot(fresh);
        var actual = SiteBuild.Snapshot(tree.Out);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), file.Key));
        Assert.Empty(Directory.EnumerateDirectories(tree.Out, "000003", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_full_build_keeps_the_previous_site_as_the_spare_outside_what_is_published()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        var first = SiteBuild.Snapshot(tree.Out);
        tree.Institution(2, name: "改名之后");
        SiteBuild.Succeed(tree, noCache: true);
        var spare = SiteBuild.Snapshot(Path.Combine(tree.Root, ".skillcert", "_site.spare"));
        Assert.Equal(first.Keys, spare.Keys);
        Assert.DoesNotContain("改名之后", System.Text.Encoding.UTF8.GetString(spare["catalogue/index.html"]), StringComparison.Ordinal);
        Assert.Contains("改名之后", SiteBuild.Read(tree, "catalogue/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_shows_each_institution_as_a_card_with_every_field_and_works_without_javascript()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        using var document = new HtmlParser().ParseDocument(SiteBuild.Read(tree, "catalogue/index.html"));
        var cards = document.QuerySelectorAll("#listing .entry");
        Assert.Equal(3, cards.Length);
        var first = cards[0];
        Assert.Equal("/catalogue/000001/", first.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal(["状态", "机构代码", "所在地", "有效期至", "统一社会信用代码", "认定范围"], first.QuerySelectorAll("dt").Select(dt => dt.TextContent));
        Assert.Equal(ContentTree.CreditCodeFor(1), first.QuerySelectorAll("dd")[4].TextContent);
        // Word joiners (U+2060) hold the levels together on one line.
        Assert.Equal("车工（数控车工） 五\u2060·\u2060四\u2060·\u2060三\u2060级", first.QuerySelectorAll("dd")[5].TextContent);
        // Without JavaScript the search box cannot work, so it is there but disabled, and the filters are links to pages.
        Assert.True(document.QuerySelector("#search-q")!.HasAttribute("disabled"));
        Assert.Equal(SkillCert.Rendering.Templates.AssetFingerprints.Read(RepositoryPaths.SiteTemplates).UrlOf("/assets/catalogue.js"),
            document.QuerySelector("script")!.GetAttribute("src"));
        var filters = document.QuerySelector("details.filters")!;
        Assert.False(filters.HasAttribute("open"));
        Assert.Contains("/catalogue/status/active/", filters.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.All(document.QuerySelectorAll("select, input"), field => Assert.NotNull(document.QuerySelector($"label[for='{field.Id}']")));
    }

    [Fact]
    public void The_home_page_verify_form_asks_the_service_for_number_and_name()
    {
        using var tree = ThreeInstitutions();
        SiteBuild.Succeed(tree);
        using var document = new HtmlParser().ParseDocument(SiteBuild.Read(tree, "index.html"));
        var form = document.QuerySelector("form")!;
        // The tree's verify_url is another host than its base_url, so the form goes there (ServiceHostTests has the rest).
        Assert.Equal(("https://verify.example.org/verify", "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
        Assert.Equal(["number", "name"], form.QuerySelectorAll("input").Select(i => i.GetAttribute("name")));
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("[style], style"));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_an_environment_error()
    {
        using var tree = ThreeInstitutions();
        var blocker = Path.Combine(tree.Root, "not-a-folder");
        File.WriteAllText(blocker, "a file where the site's parent folder should be");
        var (result, bag) = SiteBuild.Run(tree, outDir: Path.Combine(blocker, "_site"));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.OutputFailed);
    }
}
