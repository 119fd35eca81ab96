using SkillCert.Core.Rosters;

namespace SkillCert.Tests.Unit.Rosters;

public class RosterColumnsTests
{
    [Theory]
    [InlineData(" 姓名 ", RosterColumn.Name)]
    [InlineData("岗位\n工龄", RosterColumn.Tenure)]
    [InlineData("岗位\r\n工龄", RosterColumn.Tenure)]
    [InlineData("发证日期（年月日）", RosterColumn.IssuedOn)]
    [InlineData("发证日期(yyyy-MM-dd)", RosterColumn.IssuedOn)]
    [InlineData("身份证号码", RosterColumn.IdNumber)]
    [InlineData("*证件号码", RosterColumn.IdNumber)]
    [InlineData("业绩评审\n成绩", RosterColumn.PerformanceScore)]
    public void Headers_are_matched_tolerantly(string header, RosterColumn column) =>
        Assert.Equal(column, RosterColumns.FromHeader(header));

    [Theory]
    [InlineData("备注")]
    [InlineData("")]
    [InlineData("性名")]
    public void Other_headers_are_unknown(string header) =>
        Assert.Null(RosterColumns.FromHeader(header));

    [Fact]
    public void Every_column_is_found_by_its_own_header() =>
        Assert.All(RosterColumns.All, c => Assert.Equal(c, RosterColumns.FromHeader(RosterColumns.Header(c))));
}
