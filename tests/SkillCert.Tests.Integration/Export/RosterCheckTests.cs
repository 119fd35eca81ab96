using System.Text;

namespace SkillCert.Tests.Integration.Export;

public class RosterCheckTests
{
    [Fact]
    public void An_error_names_the_file_as_given_the_line_and_the_column()
    {
        using var s = new ExportScenario();
        var id = s.NewId();
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');
        s.Roster("000001", "2024-2", s.Line(), s.Line(id: wrong));
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{Path.Join(s.Rosters, "000001", "2024-2.csv")}:3: 错误 SC7003: 证件号码：第 18 位校验码应为 {id[17]}，号码可能抄错了；请照证件重新填写", result.ErrorLines);
    }

    [Fact]
    public void Every_error_of_every_roster_is_reported_not_just_the_first()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-1", s.Line(level: "9"), s.Line(theory: "120"));
        s.Roster("000001", "2024-2", s.Line(issued: "2030-01-01"), s.Line(code: "6-18-01-02"));
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-1.csv:2: 错误 SC7003: 评价等级", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-1.csv:3: 错误 SC7003: 理论成绩", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-2.csv:2: 错误 SC7003: 发证日期", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-2.csv:3: 错误 SC7003: 职业编码", StringComparison.Ordinal));
        Assert.Contains("导出失败：4 个错误", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_institution_may_not_certify_after_its_removal()
    {
        using var s = new ExportScenario();
        s.Roster("000002", "2023-2", s.Line(code: "6-31-01-03", occupation: "电工", issued: "2023-05-01"));
        var result = s.Export();
        Assert.Contains(result.ErrorLines, l => l.Contains("2023-2.csv:2: 错误 SC7003: 发证日期", StringComparison.Ordinal) && l.Contains("已移出", StringComparison.Ordinal));
    }

    [Fact]
    public void Headers_are_read_with_spaces_full_width_brackets_two_line_cells_and_a_title_row_above()
    {
        using var s = new ExportScenario();
        var header = "序号, 姓名 ,性别,证件类型,身份证号码,\"岗位\n工龄\",职业编码,申报职业,工种,评价等级,理论成绩,技能成绩,业绩评审成绩,发证日期（年月日）,证书编号";
        s.RosterText("000001", "2024-3.csv", "附件4 企业职业技能等级认定合格人员花名册,,,,,,,,,,,,,,\n" + header + "\n" + s.Line() + "\n" + s.Line(level: "x") + "\n");
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-3.csv:5: 错误 SC7003: 评价等级", StringComparison.Ordinal));
        Assert.Single(result.ErrorLines, l => l.Contains("2024-3.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_and_an_unknown_column_are_named()
    {
        using var s = new ExportScenario();
        s.RosterText("000001", "2024-3.csv", ExportScenario.Header.Replace(",评价等级", ",备注", StringComparison.Ordinal) + "\n" + s.Line() + "\n");
        var result = s.Export();
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-3.csv:1: 错误 SC7002: 备注：不认识这一列", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-3.csv:1: 错误 SC7002: 缺少“评价等级”列", StringComparison.Ordinal));
    }

    [Fact]
    public void A_GBK_roster_from_Excel_is_read_with_a_warning_naming_the_file()
    {
        using var s = new ExportScenario();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = s.RosterText("000001", "2024-3.csv", ExportScenario.Header + "\n" + s.Line(name: "欧阳娜娜", gender: "女") + "\n", Encoding.GetEncoding("GB18030"));
        var result = s.Export();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith(Path.Join(s.Rosters, "000001", "2024-3.csv") + ": 警告 SC7009: 文件不是 UTF-8 编码", StringComparison.Ordinal));
        Assert.Equal(["欧阳娜娜"], s.Column("SELECT holder_name FROM certificates"));
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void A_UTF8_roster_with_a_byte_order_mark_is_read_without_a_warning()
    {
        using var s = new ExportScenario();
        s.RosterText("000001", "2024-3.csv", ExportScenario.Header + "\n" + s.Line() + "\n", new UTF8Encoding(true));
        var result = s.Export();
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("warning", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_passed_count_of_the_batch_totals_must_match_the_roster()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(), s.Line());
        s.Totals("000001", "2024-3", "evaluated_on: 2024-08-31\napplicants: 5\nevaluated: 4\npassed: 3\n");
        var result = s.Export();
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-3.yml:4: 错误 SC7006: passed：合格人数写的是 3 人，但花名册上有 2 人", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_that_names_no_institution_is_an_error()
    {
        using var s = new ExportScenario();
        s.Roster("000099", "2024-3", s.Line());
        Assert.Contains(s.Export().ErrorLines, l => l.Contains("000099: 错误 SC7004: content 的 institutions/ 里没有序号为 000099 的评价机构", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_number_in_two_rosters_is_an_error_that_points_at_both()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-1", s.Line(number: "Y000014000001244000003"));
        s.Roster("000001", "2024-2", s.Line(number: "Y000014000001244000003"));
        var result = s.Export();
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-2.csv:2: 错误 SC7003: 证书编号", StringComparison.Ordinal) && l.Contains("2024-1.csv 第 2 行）", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_that_hold_nothing_but_a_number_in_advance_are_skipped()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(), "2,,,,,,,,,,,,,,", "3,,,,,,,,,,,,,,", ",,,,,,,,,,,,,,");
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["1"], s.Column("SELECT count(*) FROM certificates"));
    }
}
