using System.Text.RegularExpressions;
using SkillCert.Generator.Forms;
using SkillCert.Tests.Integration.Certificates;

namespace SkillCert.Tests.Integration.Forms;

/// `skillcert forms`: the notice's forms of each batch match its roster row for row and level by level, in both
/// workbook readers and in print; the 公示 list shows no ID number and no score; bad input writes nothing.
public partial class FormsCommandTests
{
    private static readonly string BatchFolder = FormFiles.OfBatch(FormsBatch.Seq, FormsBatch.Name);
    private static readonly string SummaryXlsx = $"{BatchFolder}/{FormFiles.Summary}.xlsx";
    private static readonly string RosterXlsx = $"{BatchFolder}/{FormFiles.Roster}.xlsx";
    private static readonly string PublicityXlsx = $"{BatchFolder}/{FormFiles.Publicity}.xlsx";

    [GeneratedRegex(@"\d{15,}")]
    private static partial Regex LongDigitRun();

    /// A scenario whose batch was exported and then written as forms; the test fails when either does not succeed.
    private static FormsScenario Written(out FormsBatch batch)
    {
        var s = new FormsScenario();
        batch = FormsBatch.Write(s.Export);
        s.Exported();
        var result = s.Run();
        Assert.True(result.ExitCode == 0, result.Stderr);
        return s;
    }

    [Fact]
    public void Each_batch_gets_its_summary_roster_and_publicity_list_and_each_institution_its_filing_form()
    {
        using var s = Written(out _);
        string[] expected =
        [
            FormFiles.Stylesheet,
            .. new[] { "000001", "000002" }.SelectMany(seq => new[] { $"{seq}/{FormFiles.Filing}.html", $"{seq}/{FormFiles.Filing}.xlsx" }),
            $"{BatchFolder}/{FormFiles.Summary}.html", SummaryXlsx, $"{BatchFolder}/{FormFiles.Roster}.html", RosterXlsx,
            $"{BatchFolder}/{FormFiles.Publicity}.html", PublicityXlsx,
        ];
        var written = Directory.EnumerateFiles(s.OutDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(s.OutDir, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), written);
    }

    [Fact]
    public void Printed_as_pdf_each_form_is_an_a4_pdf_in_its_pages_orientation_beside_its_workbook()
    {
        using var s = new FormsScenario();
        FormsBatch.Write(s.Export);
        s.Exported();
        var result = s.Run(format: SkillCert.Generator.Certificates.CertificateFormat.Pdf);
        Assert.True(result.ExitCode == 0, result.Stderr);

        var written = Directory.EnumerateFiles(s.OutDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(s.OutDir, f).Replace('\\', '/')).ToList();
        Assert.DoesNotContain(written, f => f.EndsWith(".html", StringComparison.Ordinal));
        var pdfs = written.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(written.Where(f => f.EndsWith(".xlsx", StringComparison.Ordinal)).Select(f => Path.ChangeExtension(f, ".pdf")).Order(StringComparer.Ordinal),
            pdfs.Order(StringComparer.Ordinal));
        foreach (var pdf in pdfs)
        {
            var (width, height) = PdfPages.Size(File.ReadAllBytes(s.PathOf(pdf)));
            // 附件4, the roster, has eleven columns and prints landscape.
            var landscape = pdf == RosterXlsx.Replace(".xlsx", ".pdf", StringComparison.Ordinal);
            Assert.Equal(landscape ? PdfPages.A4Long : PdfPages.A4Short, width, 1.5);
            Assert.Equal(landscape ? PdfPages.A4Short : PdfPages.A4Long, height, 1.5);
        }
    }

    [Fact]
    public void The_roster_workbook_lists_the_roster_row_for_row_in_both_readers()
    {
        using var s = Written(out var batch);
        var numbers = batch.People.Select(p => s.Export.Column($"SELECT number FROM certificates WHERE holder_name = '{p.Name}'").Single()).ToList();
        var expected = batch.People.Select((p, i) => new[]
        {
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, p.Gender, p.Id, p.Tenure,
            FormsBatch.Occupation(p), FormsBatch.Level(p), p.Theory, p.Skill, "", numbers[i],
        }).ToList();

        var cells = FormsScenario.ClosedXmlCells(s.PathOf(RosterXlsx));
        var header = cells.Single(c => c.Value == "序号").Key.Row;
        Assert.Equal([.. RosterForm.NoticeColumns, RosterForm.NumberColumn], Enumerable.Range(1, 11).Select(c => cells[(header, c)]));
        for (var i = 0; i < expected.Count; i++)
            Assert.Equal(expected[i], Enumerable.Range(1, 11).Select(c => cells.GetValueOrDefault((header + 1 + i, c), "")));

        var rows = FormsScenario.MiniExcelRows(s.PathOf(RosterXlsx));
        var top = rows.FindIndex(r => r[0] == "序号");
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], rows[top + 1 + i].Take(11));
        Assert.StartsWith("注：", rows[top + 1 + expected.Count][0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_roster_workbook_keeps_every_digit_of_an_ID_number_as_text()
    {
        using var s = Written(out var batch);
        using var book = new ClosedXML.Excel.XLWorkbook(s.PathOf(RosterXlsx));
        var ids = book.Worksheet(1).CellsUsed().Where(c => batch.People.Any(p => p.Id == c.GetString())).ToList();
        Assert.Equal(batch.People.Count, ids.Count);
        Assert.All(ids, c => Assert.Equal(ClosedXML.Excel.XLDataType.Text, c.DataType));
    }

    [Fact]
    public void The_summary_workbook_counts_the_roster_level_by_level_in_both_readers()
    {
        using var s = Written(out var batch);
        var expected = batch.CountsByOccupation();
        var total = Enumerable.Range(0, 5).Select(i => expected.Values.Sum(c => c[i])).ToArray();

        var cells = FormsScenario.ClosedXmlCells(s.PathOf(SummaryXlsx));
        int[] Counts(string label)
        {
            var row = cells.Single(c => c.Key.Column == 1 && c.Value == label).Key.Row;
            return Enumerable.Range(2, 6).Select(c => int.Parse(cells[(row, c)], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        }
        foreach (var (occupation, counts) in expected) Assert.Equal([.. counts, counts.Sum()], Counts(occupation));
        Assert.Equal([.. total, total.Sum()], Counts("合计"));
        Assert.Equal(expected.Count, cells.Count(c => c.Key.Column == 1 && expected.ContainsKey(c.Value)));

        var rows = FormsScenario.MiniExcelRows(s.PathOf(SummaryXlsx));
        foreach (var (occupation, counts) in expected)
            Assert.Equal([.. counts.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), counts.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture)],
                rows.Single(r => r[0] == occupation).Skip(1).Take(6));
        Assert.Equal(total.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), rows.Single(r => r[0] == "合计")[6]);
    }

    [Fact]
    public void The_summary_gives_the_unit_the_filing_and_evaluation_dates_and_the_batch_totals()
    {
        using var s = Written(out var batch);
        var cells = FormsScenario.ClosedXmlCells(s.PathOf(SummaryXlsx));
        string After(string label)
        {
            var at = cells.Single(c => c.Value == label).Key;
            return cells.Where(c => c.Key.Row == at.Row && c.Key.Column > at.Column).OrderBy(c => c.Key.Column).First().Value;
        }
        Assert.Contains(cells.Values, v => v == "填报单位（章）：忻州示例000001有限公司");
        Assert.Contains(cells.Values, v => v == "填报日期：2024年9月5日");
        Assert.Equal("2024年9月1日", After("评价时间"));
        Assert.Equal("8", After("申报人数"));
        Assert.Equal("7", After("评价人数"));
        Assert.Equal(batch.People.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), After("合格人数"));
    }

    [Fact]
    public void Both_centres_sign_off_the_summary_with_the_person_in_charge_the_seal_and_the_date()
    {
        using var s = Written(out _);
        var cells = FormsScenario.ClosedXmlCells(s.PathOf(SummaryXlsx));
        foreach (var office in new[] { "市级职业技能鉴定中心意见", "省职业技能鉴定中心意见" })
        {
            var row = cells.Single(c => c.Value == office).Key.Row;
            var block = cells[(row, 2)];
            foreach (var part in new[] { "承办人", "负责人", "（章）", "年", "月", "日" }) Assert.Contains(part, block, StringComparison.Ordinal);
        }
        var page = s.Page($"{BatchFolder}/{FormFiles.Summary}.html");
        var signOffs = page.QuerySelectorAll("tr.sign-off").Select(r => r.TextContent).ToList();
        Assert.Equal(2, signOffs.Count);
        Assert.All(signOffs, text => Assert.Matches("承办人.*负责人.*（章）.*年.*月.*日", text.ReplaceLineEndings("")));
    }

    [Fact]
    public void The_printed_roster_and_summary_show_the_workbooks_rows_and_counts()
    {
        using var s = Written(out var batch);
        var rows = FormsScenario.MiniExcelRows(s.PathOf(RosterXlsx));
        var top = rows.FindIndex(r => r[0] == "序号");
        var printed = s.Page($"{BatchFolder}/{FormFiles.Roster}.html").QuerySelectorAll("table.roster tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();
        Assert.Equal(batch.People.Count, printed.Count);
        for (var i = 0; i < printed.Count; i++) Assert.Equal(rows[top + 1 + i].Take(printed[i].Count), printed[i]);

        var counts = batch.CountsByOccupation();
        var lines = s.Page($"{BatchFolder}/{FormFiles.Summary}.html").QuerySelectorAll("tr.summary-line")
            .ToDictionary(tr => tr.QuerySelector("th")!.TextContent, tr => tr.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        Assert.Equal(counts.Keys.Order(), lines.Keys.Order());
        foreach (var (occupation, byLevel) in counts) Assert.Equal([.. byLevel, byLevel.Sum()], lines[occupation]);
    }

    [Fact]
    public void The_publicity_list_names_each_person_with_sex_occupation_trade_and_level_only()
    {
        using var s = Written(out var batch);
        var page = s.Page($"{BatchFolder}/{FormFiles.Publicity}.html");
        Assert.Equal(["序号", "姓名", "性别", "职业", "工种", "等级"], page.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var printed = page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        var expected = batch.People.Select((p, i) => new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, p.Gender, p.Occupation, p.Trade, FormsBatch.Level(p) });
        Assert.Equal(expected, printed);
    }

    [Fact]
    public void The_publicity_list_carries_no_ID_number_and_no_score()
    {
        using var s = Written(out var batch);
        var html = File.ReadAllText(s.PathOf($"{BatchFolder}/{FormFiles.Publicity}.html"));
        Assert.DoesNotMatch(LongDigitRun(), html);
        foreach (var p in batch.People)
        {
            Assert.DoesNotContain(p.Id[^6..], html, StringComparison.Ordinal);
            Assert.DoesNotContain($">{p.Theory}<", html, StringComparison.Ordinal);
            Assert.DoesNotContain($">{p.Skill}<", html, StringComparison.Ordinal);
        }
        foreach (var word in new[] { "身份证", "证件号码", "成绩" }) Assert.DoesNotContain(word, html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_publicity_workbook_lists_what_the_printed_list_lists_in_both_readers()
    {
        using var s = Written(out var batch);
        var expected = batch.People.Select((p, i) => new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, p.Gender, p.Occupation, p.Trade, FormsBatch.Level(p) }).ToList();

        var cells = FormsScenario.ClosedXmlCells(s.PathOf(PublicityXlsx));
        var header = cells.Single(c => c.Value == "序号").Key.Row;
        Assert.Equal(["序号", "姓名", "性别", "职业", "工种", "等级"], Enumerable.Range(1, 6).Select(c => cells[(header, c)]));
        for (var i = 0; i < expected.Count; i++)
            Assert.Equal(expected[i], Enumerable.Range(1, 6).Select(c => cells.GetValueOrDefault((header + 1 + i, c), "")));

        var rows = FormsScenario.MiniExcelRows(s.PathOf(PublicityXlsx));
        var top = rows.FindIndex(r => r[0] == "序号");
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], rows[top + 1 + i].Take(6));
        Assert.Contains(rows, r => r[0] == $"公示地点：{FormsBatch.Place}");
    }

    [Fact]
    public void The_publicity_workbook_carries_no_ID_number_and_no_score()
    {
        using var s = Written(out var batch);
        var cells = FormsScenario.ClosedXmlCells(s.PathOf(PublicityXlsx)).Values
            .Concat(FormsScenario.MiniExcelRows(s.PathOf(PublicityXlsx)).SelectMany(r => r)).ToList();
        Assert.DoesNotContain(cells, c => LongDigitRun().IsMatch(c));
        foreach (var p in batch.People)
        {
            Assert.DoesNotContain(cells, c => c.Contains(p.Id[^6..], StringComparison.Ordinal));
            Assert.DoesNotContain(p.Theory, cells);
            Assert.DoesNotContain(p.Skill, cells);
        }
        foreach (var word in new[] { "身份证", "证件号码", "成绩" }) Assert.DoesNotContain(cells, c => c.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void The_publicity_list_says_who_reviewed_the_results_and_when()
    {
        using var s = Written(out _);
        var lead = s.Page($"{BatchFolder}/{FormFiles.Publicity}.html").QuerySelector(".lead")!.TextContent;
        Assert.Contains("已于2024年9月10日经忻州市职业技能鉴定服务中心审核通过", lead, StringComparison.Ordinal);
    }

    [Fact]
    public void The_publicity_list_gives_the_period_and_the_place_of_the_batch()
    {
        using var s = Written(out _);
        var page = s.Page($"{BatchFolder}/{FormFiles.Publicity}.html");
        Assert.Equal("2024年9月11日", page.QuerySelector("[data-field=from]")!.TextContent);
        Assert.Equal("2024年9月17日", page.QuerySelector("[data-field=to]")!.TextContent);
        Assert.Equal(FormsBatch.Place, page.QuerySelector("[data-field=place]")!.TextContent);
    }

    [Fact]
    public void A_batch_the_export_has_not_numbered_gets_its_forms_without_a_number_column()
    {
        using var s = new FormsScenario();
        s.Exported();
        var batch = FormsBatch.Write(s.Export);
        var result = s.Run();
        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = FormsScenario.MiniExcelRows(s.PathOf(RosterXlsx));
        Assert.Equal(RosterForm.NoticeColumns, rows.Single(r => r[0] == "序号").Where(c => c.Length > 0));
        Assert.Equal(batch.People.Select(p => p.Name), rows.SkipWhile(r => r[0] != "序号").Skip(1).Take(batch.People.Count).Select(r => r[1]));
    }

    [Fact]
    public void A_row_that_breaks_a_rule_is_an_error_at_its_line_and_nothing_is_written()
    {
        using var s = new FormsScenario();
        FormsBatch.Write(s.Export);
        s.Exported();
        Assert.Equal(0, s.Run().ExitCode);
        var before = Directory.EnumerateFiles(s.OutDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        s.Export.Roster(FormsBatch.Seq, "2024-4", s.Export.Line(level: "2"));
        var result = s.Run();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("000001/2024-4.csv:2: 错误 SC7003: 评价等级：000001 在 ", result.Stderr.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("不包括等级 2（二级/技师）", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("什么也没有写入", result.Stderr, StringComparison.Ordinal);
        var after = Directory.EnumerateFiles(s.OutDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
        Assert.Empty(Directory.EnumerateDirectories(s.Export.Root, ".forms*"));
    }

    [Fact]
    public void A_publicity_that_ends_before_it_starts_is_an_error_at_its_line()
    {
        using var s = new FormsScenario();
        s.Exported();
        s.Export.Roster(FormsBatch.Seq, "2024-5", s.Export.Line());
        s.Export.Totals(FormsBatch.Seq, "2024-5", """
            evaluated_on: 2024-09-01
            publicity: {from: 2024-09-12, to: 2024-09-05, place: 公告栏}
            """);
        var result = s.Run();
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"000001/2024-5\.yml:2:\d+: 错误 SC2109: 公示的结束日期 2024-09-05 早于开始日期 2024-09-12", result.Stderr.Replace('\\', '/'));
        Assert.False(Directory.Exists(s.OutDir));
    }

    [Fact]
    public void A_batch_reviewed_and_not_yet_publicised_gets_a_list_with_blanks_and_a_warning()
    {
        using var s = new FormsScenario();
        s.Export.Roster(FormsBatch.Seq, "2024-6", s.Export.Line(name: "周杰"));
        s.Export.Totals(FormsBatch.Seq, "2024-6", """
            submitted_on: 2024-09-05
            review: {on: 2024-09-10, by: 忻州市职业技能鉴定服务中心, outcome: 通过}
            """);
        s.Export.WithoutLifecycle(FormsBatch.Seq, "2024-6");
        s.Exported();
        var result = s.Run();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("警告 SC7005: 批次 2024-6 还没有公示安排", result.Stderr, StringComparison.Ordinal);
        var page = s.Page($"{FormFiles.OfBatch(FormsBatch.Seq, "2024-6")}/{FormFiles.Publicity}.html");
        Assert.Equal(FormText.BlankDate, page.QuerySelector("[data-field=from]")!.TextContent);
        Assert.Equal(PublicityList.BlankPlace, page.QuerySelector("[data-field=place]")!.TextContent);
    }

    [Fact]
    public void A_batch_whose_review_has_not_passed_gets_its_summary_and_roster_and_no_publicity_list()
    {
        using var s = new FormsScenario();
        s.Export.Roster(FormsBatch.Seq, "2024-7", s.Export.Line(name: "吴刚"));
        s.Export.Totals(FormsBatch.Seq, "2024-7", "submitted_on: 2024-09-05\n");
        s.Export.WithoutLifecycle(FormsBatch.Seq, "2024-7");
        s.Exported();
        var result = s.Run();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("警告 SC7005: 批次 2024-7 审核中，不写公示名单", result.Stderr, StringComparison.Ordinal);
        var folder = FormFiles.OfBatch(FormsBatch.Seq, "2024-7");
        Assert.True(File.Exists(s.PathOf($"{folder}/{FormFiles.Summary}.xlsx")));
        Assert.True(File.Exists(s.PathOf($"{folder}/{FormFiles.Roster}.html")));
        Assert.Equal("2024年9月5日", s.Page($"{folder}/{FormFiles.Summary}.html").QuerySelector("[data-field=filed-on]")!.TextContent);
        Assert.Empty(Directory.EnumerateFiles(s.PathOf(folder), $"{FormFiles.Publicity}.*"));
    }

    [Fact]
    public void A_missing_export_is_a_usage_error()
    {
        using var s = new FormsScenario();
        var result = s.Run(export: Path.Combine(s.Export.Root, "none.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("没有这个文件；请先运行 skillcert export", result.Stderr, StringComparison.Ordinal);
    }
}
