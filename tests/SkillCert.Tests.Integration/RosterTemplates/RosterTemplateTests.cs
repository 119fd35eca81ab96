using ClosedXML.Excel;
using SkillCert.Core.Rosters;
using SkillCert.Generator.RosterTemplates;

namespace SkillCert.Tests.Integration.RosterTemplates;

/// `skillcert roster-template`: a blank 附件4 whose lists are the institution's scope on the day, which the export
/// reads back without an error once it is filled in from those lists.
public class RosterTemplateTests
{
    // Institution 000001 of the export scenario may certify from 2022-01-01 to 2024-12-31: 车工 and 电工, levels 5 4 3 and 5 4.
    private const string Day = "2024-09-01";

    [Theory]
    [InlineData("申报职业", new[] { "车工", "电工" })]
    [InlineData("职业编码", new[] { "6-18-01-01", "6-31-01-03" })]
    [InlineData("工种", new[] { "—", "数控车工", "普通车工" })]
    [InlineData("评价等级", new[] { "五级/初级工", "四级/中级工", "三级/高级工" })]
    [InlineData("性别", new[] { "男", "女" })]
    public void A_column_offers_the_values_of_the_filed_scope_as_a_drop_down_list(string header, string[] expected)
    {
        using var s = new RosterTemplateScenario();
        Assert.Equal(0, s.Write("000001", Day).Code);
        Assert.Equal(expected, s.ListByClosedXml(header));
        Assert.Equal(expected, s.ListByXml(header));
    }

    [Fact]
    public void The_document_type_list_starts_with_the_resident_id_card()
    {
        using var s = new RosterTemplateScenario();
        Assert.Equal(0, s.Write("000001", Day).Code);
        Assert.Equal(RosterCells.ResidentIdCard, s.ListByClosedXml("证件类型")[0]);
        Assert.Equal(ScopeChoices.DocumentTypes, s.ListByXml("证件类型"));
    }

    [Fact]
    public void The_header_is_every_column_the_export_reads()
    {
        using var s = new RosterTemplateScenario();
        Assert.Equal(0, s.Write("000001", Day).Code);
        using var book = new XLWorkbook(s.Template);
        var header = book.Worksheet(1).Row(RosterTemplateWorkbook.HeaderRow).CellsUsed().Select(c => c.GetString());
        Assert.Equal(RosterColumns.All.Select(RosterColumns.Header), header);
    }

    [Fact]
    public void The_lists_follow_a_scope_change_from_its_day()
    {
        using var s = new RosterTemplateScenario();
        s.Export.Institution("000003", "Y", "2022-01-01", """
            events:
              - on: 2024-03-01
                type: scope_changed
                occupations:
                  - {code: "4-03-02-01", levels: [5]}
            """, """
              - {code: "6-18-01-01", trade: "数控车工", levels: [5, 4]}
            """);
        var before = s.Write("000003", "2024-02-29");
        Assert.True(before.Code == 0, before.Stderr);
        Assert.Equal(["车工"], s.ListByClosedXml("申报职业"));
        Assert.Equal(["数控车工"], s.ListByXml("工种"));
        Assert.Equal(0, s.Write("000003", "2024-03-01").Code);
        Assert.Equal(["中式烹调师"], s.ListByClosedXml("申报职业"));
        Assert.Equal(["五级/初级工"], s.ListByXml("评价等级"));
    }

    [Fact]
    public void Scores_and_tenure_take_numbers_in_range_and_the_ID_number_is_text()
    {
        using var s = new RosterTemplateScenario();
        Assert.Equal(0, s.Write("000001", Day).Code);
        using var book = new XLWorkbook(s.Template);
        var sheet = book.Worksheet(1);
        IXLDataValidation Of(RosterColumn column) =>
            sheet.DataValidations.Single(v => v.Ranges.Any(r => r.Contains(sheet.Cell(RosterTemplateWorkbook.HeaderRow + 1, (int)column + 1))));
        foreach (var column in new[] { RosterColumn.TheoryScore, RosterColumn.SkillScore, RosterColumn.PerformanceScore })
            Assert.Equal((XLAllowedValues.Decimal, "0", "100"), (Of(column).AllowedValues, Of(column).MinValue, Of(column).MaxValue));
        Assert.Equal((XLAllowedValues.Decimal, "0", "70"), (Of(RosterColumn.Tenure).AllowedValues, Of(RosterColumn.Tenure).MinValue, Of(RosterColumn.Tenure).MaxValue));
        Assert.Equal("@", sheet.Cell(RosterTemplateWorkbook.HeaderRow + 1, (int)RosterColumn.IdNumber + 1).Style.NumberFormat.Format);
        Assert.Equal("@", sheet.Cell(RosterTemplateWorkbook.HeaderRow + RosterTemplateWorkbook.DataRows, (int)RosterColumn.IdNumber + 1).Style.NumberFormat.Format);
    }

    [Fact]
    public void A_template_filled_in_from_its_lists_exports_with_no_error()
    {
        using var s = new RosterTemplateScenario();
        Assert.Equal(0, s.Write("000001", Day).Code);
        var trades = s.ListByClosedXml("工种");
        var levels = s.ListByClosedXml("评价等级");
        var people = new[]
        {
            (Name: "张三明", Gender: "男", Occupation: "车工", Code: "6-18-01-01", Trade: trades[1], Level: levels[1]),
            (Name: "李晓燕", Gender: "女", Occupation: "车工", Code: "6-18-01-01", Trade: trades[0], Level: levels[0]),
            (Name: "王强", Gender: "男", Occupation: "电工", Code: "6-31-01-03", Trade: trades[0], Level: levels[1]),
        };
        var roster = Path.Combine(s.Export.Rosters, "000001", "2024-7.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(roster)!);
        using (var book = new XLWorkbook(s.Template))
        {
            var sheet = book.Worksheet(1);
            for (var i = 0; i < people.Length; i++)
            {
                var p = people[i];
                var row = sheet.Row(RosterTemplateWorkbook.HeaderRow + 1 + i);
                // A choice from a list arrives as text, as SetValue writes it; numbers and dates are typed as such.
                void Set(RosterColumn column, object value)
                {
                    if (value is string text) row.Cell((int)column + 1).SetValue(text);
                    else row.Cell((int)column + 1).Value = value;
                }
                Set(RosterColumn.Seq, i + 1);
                Set(RosterColumn.Name, p.Name);
                Set(RosterColumn.Gender, p.Gender);
                Set(RosterColumn.DocumentType, RosterCells.ResidentIdCard);
                row.Cell((int)RosterColumn.IdNumber + 1).SetValue(s.Export.NewId(p.Gender == "男"));
                Set(RosterColumn.Tenure, 6.5);
                Set(RosterColumn.OccupationCode, p.Code);
                Set(RosterColumn.OccupationName, p.Occupation);
                Set(RosterColumn.Trade, p.Trade);
                Set(RosterColumn.Level, p.Level);
                Set(RosterColumn.TheoryScore, 78);
                Set(RosterColumn.SkillScore, 88.5);
                Set(RosterColumn.IssuedOn, new DateTime(2024, 9, 18));
            }
            book.SaveAs(roster);
        }
        var result = s.Export.Export();
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("2024-7.xlsx", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(people.Select(p => p.Name).Order(), s.Export.Column("SELECT holder_name FROM certificates").Order());
    }

    [Fact]
    public void An_institution_that_may_not_certify_on_the_day_gets_no_template()
    {
        using var s = new RosterTemplateScenario();
        var (code, _, stderr) = s.Write("000002", Day);
        Assert.Equal(1, code);
        Assert.Contains("评价机构 000002 的状态是“已移出”", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(s.Template));
    }

    [Fact]
    public void An_unknown_institution_is_a_usage_error()
    {
        using var s = new RosterTemplateScenario();
        var (code, _, stderr) = s.Write("000099", Day);
        Assert.Equal(2, code);
        Assert.Contains("--institution 000099：", stderr, StringComparison.Ordinal);
        Assert.Contains("里没有这个序号的评价机构", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(s.Template));
    }
}
