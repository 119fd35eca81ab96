using SkillCert.Generator.Diagnostics;

namespace SkillCert.Tests.Integration.Content;

/// One rule of the content schema per test: the diagnostic's code, file and line are what an administrator acts on.
public class ContentRuleTests
{
    private static Diagnostic Single(DiagnosticBag bag, string code) => Assert.Single(bag.Items, d => d.Code == code);

    [Fact]
    public void A_valid_tree_loads_without_diagnostics()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        tree.Page("filing-steps", "备案流程", "## 四个环节\n\n正文。");
        var (content, bag) = tree.Load();
        Assert.Empty(bag.Items);
        Assert.Single(content!.Institutions);
        Assert.Equal("filing-steps", Assert.Single(content.Pages).Slug);
    }

    [Fact]
    public void An_unknown_occupation_code_is_reported_at_its_line()
    {
        using var tree = new ContentTree();
        var file = tree.Institution(7, scope: """  - {code: "6-18-01-99", levels: [5]}""");
        var (_, bag) = tree.Load();
        var d = Single(bag, DiagnosticCodes.UnknownOccupation);
        Assert.Equal($"{file}:15:12: error SC2104: unknown occupation code \"6-18-01-99\"; the codes are in {Path.Combine(tree.Dir, "occupations.yml")}", d.ToString(DiagnosticLanguage.English));
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_at_its_line_and_column()
    {
        using var tree = new ContentTree();
        var file = tree.Write("institutions/000001.yml", "seq: \"000001\"\nname: \"unclosed\ncounty: 忻府区");
        var (_, bag) = tree.Load();
        var d = Single(bag, DiagnosticCodes.YamlSyntax);
        Assert.Equal(file, d.File);
        Assert.True(d.Line >= 2, d.ToString(DiagnosticLanguage.English));
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        using var tree = new ContentTree();
        tree.Write("institutions/000001.yml", "   ");
        Assert.Equal(DiagnosticCodes.EmptyFile, Assert.Single(tree.Load().Bag.Items).Code);
    }

    [Fact]
    public void A_missing_required_field_is_reported()
    {
        using var tree = new ContentTree();
        var file = tree.Institution(1);
        File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.StartsWith("county:", StringComparison.Ordinal)));
        var d = Single(tree.Load().Bag, DiagnosticCodes.RequiredField);
        Assert.Contains("'county'", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_outside_one_to_five_is_reported()
    {
        using var tree = new ContentTree();
        tree.Institution(1, scope: $"  - {{code: \"{ContentTree.OccupationA}\", levels: [5, 6]}}");
        var d = Single(tree.Load().Bag, DiagnosticCodes.BadLevel);
        Assert.Equal(15, d.Line);
    }

    [Theory]
    [InlineData("[五级, 中级工, 高级]")]
    [InlineData("[初级, 四级/中级工, 三级]")]
    [InlineData("[\"5\", ４, 3]")]
    public void Levels_in_content_are_read_in_the_spellings_rosters_accept(string levels)
    {
        using var tree = new ContentTree();
        tree.Institution(1, scope: $"  - {{code: \"{ContentTree.OccupationA}\", levels: {levels}}}");
        var (content, bag) = tree.Load();
        Assert.DoesNotContain(bag.Items, d => d.IsError);
        Assert.Equal([5, 4, 3], content!.Institutions.Single().Institution.Occupations.Single().Levels);
    }

    [Fact]
    public void A_wrong_credit_code_check_character_is_reported()
    {
        using var tree = new ContentTree();
        var file = tree.Institution(1);
        var good = ContentTree.CreditCodeFor(1);
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        File.WriteAllText(file, File.ReadAllText(file).Replace(good, bad, StringComparison.Ordinal));
        Assert.Equal(5, Single(tree.Load().Bag, DiagnosticCodes.BadCreditCode).Line);
    }

    [Fact]
    public void A_credit_code_used_twice_is_reported_on_the_second_file()
    {
        using var tree = new ContentTree();
        tree.Institution(1);
        var second = tree.Institution(2);
        File.WriteAllText(second, File.ReadAllText(second).Replace(ContentTree.CreditCodeFor(2), ContentTree.CreditCodeFor(1), StringComparison.Ordinal));
        Assert.Equal(second, Single(tree.Load().Bag, DiagnosticCodes.DuplicateCreditCode).File);
    }

    [Fact]
    public void A_seq_that_differs_from_its_file_name_is_reported()
    {
        using var tree = new ContentTree();
        var file = tree.Institution(1);
        File.Move(file, Path.Combine(tree.Dir, "institutions", "000009.yml"));
        Assert.Single(tree.Load().Bag.Items, d => d.Code == DiagnosticCodes.SeqFileMismatch);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_reported()
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2024-13-01");
        Assert.Equal(13, Single(tree.Load().Bag, DiagnosticCodes.BadDate).Line);
    }

    [Fact]
    public void Events_must_be_listed_oldest_first()
    {
        using var tree = new ContentTree();
        tree.Institution(1, extra: "events:\n  - {on: 2024-06-01, type: suspended}\n  - {on: 2024-05-01, type: reinstated}");
        Assert.Equal(18, Single(tree.Load().Bag, DiagnosticCodes.DatesOutOfOrder).Line);
    }

    [Fact]
    public void An_unknown_event_type_is_reported()
    {
        using var tree = new ContentTree();
        tree.Institution(1, extra: "events:\n  - {on: 2024-06-01, type: paused}");
        Assert.Contains("suspended", Single(tree.Load().Bag, DiagnosticCodes.UnknownEventType).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trade_not_listed_under_its_occupation_is_reported()
    {
        using var tree = new ContentTree();
        tree.Institution(1, scope: $"  - {{code: \"{ContentTree.OccupationB}\", trade: \"数控车工\", levels: [5]}}");
        Assert.Single(tree.Load().Bag.Items, d => d.Code == DiagnosticCodes.UnknownTrade);
    }

    [Fact]
    public void A_filing_that_ends_within_thirty_days_gets_a_warning()
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2022-01-20");
        var d = Single(tree.Load(new DateOnly(2025, 1, 1)).Bag, DiagnosticCodes.ExpiresSoon);
        Assert.False(d.IsError);
    }

    [Fact]
    public void On_a_filings_last_day_the_warning_counts_one_day_in_both_languages()
    {
        using var tree = new ContentTree();
        tree.Institution(1, filedOn: "2022-01-20");
        var d = Single(tree.Load(new DateOnly(2025, 1, 19)).Bag, DiagnosticCodes.ExpiresSoon);
        Assert.Contains("还有 1 天到期（2025-01-19）", d.Message, StringComparison.Ordinal);
        Assert.Contains("expires in 1 day (2025-01-19)", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_a_warning_that_names_the_known_ones()
    {
        using var tree = new ContentTree();
        tree.Institution(1, extra: "adress: typo");
        var d = Single(tree.Load().Bag, DiagnosticCodes.UnknownField);
        Assert.False(d.IsError);
        Assert.Contains("address", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_front_matter_is_reported()
    {
        using var tree = new ContentTree();
        var file = tree.Write("pages/faq.md", "# 常见问题\n\n正文。");
        var d = Single(tree.Load().Bag, DiagnosticCodes.BadFrontMatter);
        Assert.Equal((file, 1), (d.File, d.Line));
    }

    [Fact]
    public void A_page_without_a_title_is_reported()
    {
        using var tree = new ContentTree();
        tree.Write("pages/faq.md", "---\nslug: faq\n---\n\n正文。");
        Assert.Contains("'title'", Single(tree.Load().Bag, DiagnosticCodes.MissingFrontMatterField).MessageEn, StringComparison.Ordinal);
    }

    // The pages are read while the occupations are (ContentLoader; incremental.sh): a page's error must not be taken for
    // an error in occupations.yml, which would silence the institutions' unknown codes.
    [Fact]
    public void A_page_error_and_an_unknown_occupation_are_both_reported()
    {
        using var tree = new ContentTree();
        tree.Write("pages/faq.md", "---\nslug: faq\n---\n\n正文。");
        tree.Institution(1, scope: "  - {code: \"6-99-99-99\", levels: [5]}");
        var bag = tree.Load().Bag;
        Single(bag, DiagnosticCodes.MissingFrontMatterField);
        Single(bag, DiagnosticCodes.UnknownOccupation);
    }

    [Fact]
    public void Two_pages_with_one_slug_are_reported_at_the_second_slug()
    {
        using var tree = new ContentTree();
        tree.Write("pages/a-faq.md", "---\ntitle: 常见问题\nslug: faq\n---\n\n正文。");
        var second = tree.Write("pages/b-faq.md", "---\ntitle: 副本\nslug: faq\n---\n\n正文。");
        var d = Single(tree.Load().Bag, DiagnosticCodes.DuplicateSlug);
        Assert.Equal((second, 3), (d.File, d.Line));
    }

    [Fact]
    public void A_slug_must_be_lower_case_words_joined_by_hyphens()
    {
        using var tree = new ContentTree();
        tree.Write("pages/faq.md", "---\ntitle: 常见问题\nslug: \"FAQ page\"\n---\n\n正文。");
        Assert.Equal(3, Single(tree.Load().Bag, DiagnosticCodes.BadSlug).Line);
    }

    [Fact]
    public void A_front_matter_date_that_is_not_a_date_is_reported_at_its_line()
    {
        using var tree = new ContentTree();
        tree.Write("pages/faq.md", "---\ntitle: 常见问题\nslug: faq\ndate: 2020/03/12\n---\n\n正文。");
        var d = Single(tree.Load().Bag, DiagnosticCodes.BadFrontMatterValue);
        Assert.Equal((4, 7), (d.Line, d.Column));
    }

    [Fact]
    public void A_yaml_error_in_front_matter_points_at_the_line_in_the_page_file()
    {
        using var tree = new ContentTree();
        tree.Write("pages/faq.md", "---\ntitle: 常见问题\nslug: [faq\n---\n\n正文。");
        Assert.True(Single(tree.Load().Bag, DiagnosticCodes.YamlSyntax).Line >= 3);
    }

    [Fact]
    public void Pages_are_read_in_their_front_matter_order()
    {
        using var tree = new ContentTree();
        tree.Page("b-second", "第二", "正文。", order: 2);
        tree.Page("a-third", "第三", "正文。", order: 3);
        tree.Page("c-first", "第一", "正文。", order: 1);
        Assert.Equal(["c-first", "b-second", "a-third"], tree.Load().Content!.Pages.Select(p => p.Slug));
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text_not_markup()
    {
        using var tree = new ContentTree();
        tree.Page("faq", "常见问题", "<script>alert(1)</script>\n\n| 等级 | 名称 |\n|---|---|\n| 5 | 五级 |");
        var html = tree.Load().Content!.Pages[0].Html.Html;
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_ends_inside_an_open_list_is_a_syntax_error_not_a_crash()
    {
        using var tree = new ContentTree();
        var file = tree.Write("institutions/000001.yml", "seq: \"000001\"\nname: [unclosed\ncounty: 忻府区");
        Assert.Equal(file, Single(tree.Load().Bag, DiagnosticCodes.YamlSyntax).File);
    }
}
