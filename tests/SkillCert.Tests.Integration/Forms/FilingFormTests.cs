using SkillCert.Generator.Forms;

namespace SkillCert.Tests.Integration.Forms;

/// The public part of 附件1 is filled in from the institution's file, in the workbook and in print, and the rest is
/// left blank to fill in by hand.
public class FilingFormTests
{
    private const string Seq = "000003";

    private static readonly Dictionary<string, string> Filed = new()
    {
        ["单位名称（全称）"] = "忻州示例000003有限公司",
        ["地址"] = "忻州市忻府区富民路88号",
        ["法人代表"] = "郝志刚",
        ["所属行业"] = "通用设备制造业",
        ["工作联系人"] = "白雪梅",
        ["联系人电话"] = "0350-3316482",
        ["联系人电子邮箱"] = "hr@example.org",
    };

    private static FormsScenario Written()
    {
        var s = new FormsScenario();
        s.Export.Institution(Seq, "Y", "2021-03-01", """
            events:
              - {on: 2024-02-20, type: renewed, valid_until: 2027-02-28}
            """, """
              - {code: "6-18-01-01", trade: "数控车工", levels: [5, 4, 3]}
              - {code: "6-31-01-03", levels: [5, 4]}
            """);
        var file = Path.Combine(s.Export.Content, "institutions", Seq + ".yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("county: \"忻府区\"\n", """
            county: "忻府区"
            address: "忻州市忻府区富民路88号"
            legal_representative: "郝志刚"
            industry: "通用设备制造业"
            size: "中型"
            ownership: "民营"
            contact: {name: "白雪梅", phone: "0350-3316482", email: "hr@example.org"}

            """, StringComparison.Ordinal));
        s.Exported();
        var result = s.Run();
        Assert.True(result.ExitCode == 0, result.Stderr);
        return s;
    }

    private static string Workbook => $"{Seq}/{FormFiles.Filing}.xlsx";

    private static string Page => $"{Seq}/{FormFiles.Filing}.html";

    /// Each label of the workbook with the value in the box to its right, as ClosedXML reads it.
    private static Dictionary<string, string> Boxes(Dictionary<(int Row, int Column), string> cells) =>
        cells.Where(c => c.Key.Column is 1 or 4)
            .GroupBy(c => c.Value).Where(g => g.Count() == 1).Select(g => g.Single())
            .ToDictionary(c => c.Value, c => cells.GetValueOrDefault((c.Key.Row, c.Key.Column == 1 ? 2 : 6), ""));

    [Fact]
    public void The_filing_form_is_filled_from_the_institutions_file_in_both_readers()
    {
        using var s = Written();
        var boxes = Boxes(FormsScenario.ClosedXmlCells(s.PathOf(Workbook)));
        foreach (var (label, value) in Filed) Assert.Equal(value, boxes[label]);
        var credit = File.ReadAllLines(Path.Combine(s.Export.Content, "institutions", Seq + ".yml")).Single(l => l.StartsWith("credit_code:", StringComparison.Ordinal))[13..].Trim('"', ' ');
        Assert.Equal(credit, boxes["统一社会信用代码"]);

        var rows = FormsScenario.MiniExcelRows(s.PathOf(Workbook));
        foreach (var (label, value) in Filed)
        {
            var row = rows.Single(r => r.Contains(label));
            var at = row.IndexOf(label);
            Assert.Equal(value, row.Skip(at + 1).First(v => v.Length > 0));
        }
        Assert.Contains(rows, r => r[0] == "备案日期：2021年3月1日" && r.Contains("备案有效期：至2027年2月28日"));
    }

    [Fact]
    public void The_filing_form_lists_the_filed_scope_with_codes_trades_and_levels()
    {
        using var s = Written();
        var rows = FormsScenario.MiniExcelRows(s.PathOf(Workbook));
        var header = rows.FindIndex(r => r[0] == "序号");
        Assert.Equal(["1", "车工", "6-18-01-01", "数控车工", "五级/初级工、四级/中级工、三级/高级工"], rows[header + 1].Take(5));
        Assert.Equal(["2", "电工", "6-31-01-03", "—", "五级/初级工、四级/中级工"], rows[header + 2].Take(5));
        var printed = s.Page(Page).QuerySelectorAll("table.scope tbody tr").Select(tr => tr.QuerySelectorAll("td").Take(5).Select(td => td.TextContent)).ToList();
        Assert.Equal([rows[header + 1].Take(5), rows[header + 2].Take(5)], printed);
    }

    [Fact]
    public void The_filing_form_ticks_the_institutions_size_and_ownership()
    {
        using var s = Written();
        var boxes = Boxes(FormsScenario.ClosedXmlCells(s.PathOf(Workbook)));
        Assert.Equal("☐大型　☑中型", boxes["单位类型"]);
        Assert.Equal("☐国有　☐外资　☑民营　☐其他", boxes["单位性质"]);
    }

    [Fact]
    public void What_the_catalogue_does_not_hold_is_left_blank_to_fill_in_by_hand()
    {
        using var s = Written();
        var boxes = Boxes(FormsScenario.ClosedXmlCells(s.PathOf(Workbook)));
        foreach (var label in new[] { "邮政编码", "注册登记机构", "注册资本", "技术工人总数", "负责人" }) Assert.Equal("", boxes[label]);
        var page = s.Page(Page);
        var printed = page.QuerySelectorAll("table.basics th").ToDictionary(th => th.TextContent, th => th.NextElementSibling!.TextContent);
        foreach (var (label, value) in Filed) Assert.Equal(value, printed[label]);
        Assert.Equal("", printed["注册资本"]);
        Assert.Equal(6, page.QuerySelectorAll(".open-box").Length);
    }

    [Fact]
    public void The_offices_sign_off_the_filing_form_below_the_applicants_statement()
    {
        using var s = Written();
        var rows = FormsScenario.MiniExcelRows(s.PathOf(Workbook));
        var applicant = rows.Single(r => r[0] == "申报企业意见");
        Assert.StartsWith("我单位对申报材料内容的真实性负责。", applicant[1], StringComparison.Ordinal);
        foreach (var office in new[] { "市级职业技能鉴定中心意见", "市级人力资源和社会保障部门意见", "省职业技能鉴定中心意见", "省人力资源和社会保障部门意见" })
            Assert.Matches("负责人.*（章）", rows.Single(r => r[0] == office)[1].ReplaceLineEndings(""));
    }
}
