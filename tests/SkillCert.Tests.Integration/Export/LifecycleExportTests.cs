using SkillCert.Core.Exports;

namespace SkillCert.Tests.Integration.Export;

/// The export issues a batch only when its review passed and its publicity ended before its issue date; any other batch
/// is reported as a warning with its file, line and what holds it back, its rows left out, and the others are issued.
public class LifecycleExportTests
{
    private const string Reviewed = "submitted_on: 2024-08-20\nreview: {on: 2024-08-26, by: 忻州市职业技能鉴定服务中心, outcome: 通过}\n";
    private const string Publicised = Reviewed + "publicity: {from: 2024-08-28, to: 2024-09-03, place: 企业公告栏}\n";
    private const string Ready = Publicised + "issued_on: 2024-09-18\n";

    private static string[] Warnings(ExportResult result) => result.ErrorLines.Where(l => l.Contains(": 警告 SC", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void A_batch_without_a_lifecycle_is_held_back_with_a_warning_while_the_others_are_issued()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(name: "张伟"));
        s.Roster("000001", "2024-4", s.Line(name: "李娜", gender: "女"));
        s.WithoutLifecycle("000001", "2024-4");
        var result = s.Export();
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(Warnings(result));
        Assert.Contains("2024-4.csv: 警告 SC7005: 批次 2024-4 未发证（未报送审核），其 1 行不导出：没有 2024-4.yml", warning, StringComparison.Ordinal);
        Assert.Equal(["张伟"], s.Column("SELECT holder_name FROM certificates"));
        Assert.Equal(["2024-3|issued|1", "2024-4|not-submitted|0"], s.Column("SELECT batch || '|' || state || '|' || certificates FROM batches ORDER BY batch"));
    }

    [Fact]
    public void A_batch_under_review_is_held_back_at_its_file()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-4", s.Line());
        s.Totals("000001", "2024-4", "evaluated_on: 2024-08-10\nsubmitted_on: 2024-08-20\n");
        var warning = Assert.Single(Warnings(s.Export()));
        Assert.Contains("2024-4.yml: 警告 SC7005: 批次 2024-4 未发证（审核中）", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_the_review_sent_back_is_held_back_at_the_line_and_column_of_its_review()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-4", s.Line());
        s.Totals("000001", "2024-4", "submitted_on: 2024-08-20\nreview: {on: 2024-08-26, by: 忻州市职业技能鉴定服务中心, outcome: 退回, reason: 合格人数不符}\n");
        var warning = Assert.Single(Warnings(s.Export()));
        Assert.Contains("2024-4.yml:2:9: 警告 SC7005: 批次 2024-4 未发证（已退回）", warning, StringComparison.Ordinal);
        Assert.Contains("合格人数不符", warning, StringComparison.Ordinal);
        Assert.Empty(s.Column("SELECT number FROM certificates"));
    }

    [Fact]
    public void A_batch_in_publicity_is_recorded_with_its_counts_and_issues_nothing()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-4", s.Line(level: "4", issued: ""), s.Line(level: "4", issued: ""), s.Line(level: "5", code: "6-31-01-03", occupation: "电工", issued: ""));
        s.Totals("000001", "2024-4", "submitted_on: 2024-10-10\nreview: {on: 2024-10-20, by: 忻州市职业技能鉴定服务中心, outcome: 通过}\n" +
            "publicity: {from: 2024-10-25, to: 2024-10-31, place: 企业公告栏}\n");
        // On 2024-10-28, while the institution is still filed (its filing runs to 2024-12-31).
        var result = s.Export(s.Request() with { AsOf = new DateOnly(2024, 10, 28) });
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("批次 2024-4 未发证（公示中）", Assert.Single(Warnings(result)), StringComparison.Ordinal);
        Assert.Equal(["in-publicity|2024-10-25|2024-10-31|企业公告栏"], s.Column("SELECT state || '|' || publicity_from || '|' || publicity_to || '|' || publicity_place FROM batches"));
        Assert.Equal(["6-18-01-01|4|2|0", "6-31-01-03|5|1|0"],
            s.Column("SELECT occupation_code || '|' || level || '|' || publicised || '|' || issued FROM batch_counts ORDER BY occupation_code"));
        Assert.Empty(s.Column("SELECT number FROM certificates"));
    }

    [Fact]
    public void An_issue_date_inside_the_publicity_period_holds_the_batch_back_at_its_line()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-4", s.Line(issued: ""));
        s.Totals("000001", "2024-4", Publicised + "issued_on: 2024-09-01\n");
        Assert.Contains("2024-4.yml:4:12: 警告 SC7005: 批次 2024-4 未发证（公示期满，待发证）", Assert.Single(Warnings(s.Export())), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_without_an_issue_date_take_the_batchs()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-4", s.Line(issued: ""));
        s.Totals("000001", "2024-4", Ready);
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["2024-09-18|2024-4"], s.Column("SELECT issued_on || '|' || batch FROM certificates"));
    }

    [Fact]
    public void A_row_dated_before_its_batch_was_issued_is_an_error()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-4", s.Line(issued: "2024-09-10"));
        s.Totals("000001", "2024-4", Ready);
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-4.csv:2: 错误 SC7003: 发证日期：2024-09-10 早于批次 2024-4 的发证日期 2024-09-18", StringComparison.Ordinal));
    }

    [Fact]
    public void An_objection_upheld_before_issue_removes_the_rows_it_names()
    {
        using var s = new ExportScenario();
        s.RosterText("000001", "2024-4.csv", ExportScenario.Header + "\n" + s.Line(name: "张伟") + "\n" + s.Line(name: "李强").Replace("1,李强", "2,李强", StringComparison.Ordinal) + "\n");
        s.Totals("000001", "2024-4", Publicised + "objections:\n  - {on: 2024-09-01, summary: 反映一人材料不实，经核实成立, outcome: 成立, rows: [2]}\nissued_on: 2024-09-18\n");
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["张伟"], s.Column("SELECT holder_name FROM certificates"));
        Assert.Equal(["2|1"], s.Column("SELECT publicised || '|' || issued FROM batch_counts"));
        Assert.Contains("\"outcome\":\"upheld\",\"rows\":1", s.Column("SELECT objections FROM batches").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_objection_upheld_after_issue_revokes_the_certificates_of_its_rows_with_its_reason()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-4", s.Line());
        s.Totals("000001", "2024-4", Publicised + "objections:\n  - {on: 2024-10-08, summary: 举报业绩材料造假，经核实成立, outcome: 成立, rows: [1]}\nissued_on: 2024-09-18\n");
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["revoked|2024-10-08|异议成立：举报业绩材料造假，经核实成立"], s.Column("SELECT status || '|' || revoked_on || '|' || revocation_reason FROM certificates"));
    }

    [Fact]
    public void An_objection_naming_a_row_the_roster_lacks_is_an_error_at_its_line()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-4", s.Line());
        s.Totals("000001", "2024-4", Publicised + "objections:\n  - {on: 2024-09-01, summary: 经核实成立, outcome: 成立, rows: [9]}\nissued_on: 2024-09-18\n");
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-4.yml:5:", StringComparison.Ordinal) && l.Contains("序号 9 不在花名册 2024-4.csv 中", StringComparison.Ordinal));
    }

    [Fact]
    public void A_certificate_issued_before_stays_when_its_batch_is_held_back_later()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-4", s.Line());
        s.Totals("000001", "2024-4", Ready);
        Assert.Equal(0, s.Export().ExitCode);
        var number = s.Column("SELECT number FROM certificates").Single();
        s.Totals("000001", "2024-4", Publicised);
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal([number + "|valid"], s.Column("SELECT number || '|' || status FROM certificates"));
    }

    [Fact]
    public void The_batch_tables_hold_no_name_and_no_ID_number()
    {
        using var s = new ExportScenario();
        var id = s.NewId();
        s.Roster("000001", "2024-4", s.Line(id: id, name: "欧阳娜娜", gender: "男"));
        Assert.Equal(0, s.Export().ExitCode);
        using var connection = s.OpenExport();
        foreach (var table in new[] { "batches", "batch_counts" })
        {
            using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM {table}";
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var cell = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                    Assert.DoesNotContain("欧阳", cell, StringComparison.Ordinal);
                    Assert.DoesNotContain(id[..10], cell, StringComparison.Ordinal);
                }
            }
        }
    }
}
