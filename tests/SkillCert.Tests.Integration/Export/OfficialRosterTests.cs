namespace SkillCert.Tests.Integration.Export;

/// The official 附件4 as issued, with only its own columns, is accepted: what it lacks comes from the batch and the filing.
public class OfficialRosterTests
{
    private const string Form = "企业职业技能等级认定合格人员花名册,,,,,,,,,,\n填报单位（章）：忻州示例000001有限公司,,,,,,,,,,\n" +
        "序号,姓名,性别,身份证号码,岗位,工龄,申报职业,评价等级,理论成绩,技能成绩,业绩评审成绩\n";

    [Fact]
    public void A_roster_with_only_the_official_columns_is_exported()
    {
        using var s = new ExportScenario();
        s.RosterText("000001", "2024-3.csv", Form + $"1,张伟,男,{s.NewId()},操作工,5,电工,四级,80,85,\n");
        s.Totals("000001", "2024-3", "submitted_on: 2024-08-20\nreview: {on: 2024-08-26, by: 忻州市职业技能鉴定服务中心, outcome: 通过}\n" +
            "publicity: {from: 2024-08-28, to: 2024-09-03, place: 企业公告栏}\nissued_on: 2024-09-18\n");
        var result = s.Export();
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(["6-31-01-03|NULL|4|居民身份证|2024-09-18|2024-3"],
            s.Column("SELECT occupation_code || '|' || ifnull(trade, 'NULL') || '|' || level || '|' || document_type || '|' || issued_on || '|' || batch FROM certificates"));
    }

    [Fact]
    public void A_post_column_without_a_years_column_is_an_error_that_asks_for_it()
    {
        using var s = new ExportScenario();
        s.RosterText("000001", "2024-3.csv", Form.Replace("岗位,工龄,", "岗位,", StringComparison.Ordinal) + $"1,张伟,男,{s.NewId()},操作工,电工,四级,80,85,\n");
        var result = s.Export();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("2024-3.csv:3: 错误 SC7002: 缺少“工龄”列", StringComparison.Ordinal));
    }
}
