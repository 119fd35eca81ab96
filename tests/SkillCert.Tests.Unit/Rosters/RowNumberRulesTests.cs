using SkillCert.Core.Rosters;
using static SkillCert.Tests.Unit.Rosters.RosterFixture;

namespace SkillCert.Tests.Unit.Rosters;

public class RowNumberRulesTests
{
    private static RosterRow WithNumber(string number) => Row((RosterColumn.Number, number));

    [Theory]
    [InlineData("Y000014000001244000007")]
    [InlineData("Y00001400000124400007")]
    [InlineData("y0000 14 000001 24 4 000007")]
    public void A_number_that_agrees_with_the_row_is_kept_in_printed_form(string written)
    {
        var (record, problems) = Check(WithNumber(written));
        Assert.Empty(problems);
        Assert.Equal(written.Length == 21 ? written : "Y000014000001244000007", record!.Number);
    }

    [Fact]
    public void A_number_must_decode_under_the_coding_rule()
    {
        var problem = Problem(WithNumber("Y000099000001244000007"));
        Assert.Equal("证书编号", problem.Column);
        Assert.StartsWith("province:", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_must_carry_the_institution_of_the_roster_folder() =>
        Assert.Contains("belongs to institution 000002", Problem(WithNumber("Y000014000002244000007")).MessageEn, StringComparison.Ordinal);

    [Fact]
    public void A_number_must_carry_the_issue_year() =>
        Assert.Contains("does not match the issue date", Problem(WithNumber("Y000014000001234000007")).MessageEn, StringComparison.Ordinal);

    [Fact]
    public void A_number_must_carry_the_level() =>
        Assert.Contains("does not match 评价等级 4", Problem(WithNumber("Y000014000001245000007")).MessageEn, StringComparison.Ordinal);

    [Fact]
    public void A_number_must_carry_the_catalogues_province() =>
        Assert.Contains("not the catalogue's (14", Problem(WithNumber("Y000013000001244000007")).MessageEn, StringComparison.Ordinal);

    [Fact]
    public void A_number_must_carry_the_institutions_category() =>
        Assert.Contains("category S", Problem(WithNumber("S000014000001244000007")).MessageEn, StringComparison.Ordinal);

    [Fact]
    public void A_serial_of_zeros_is_no_number() =>
        Assert.StartsWith("serial:", Problem(WithNumber("Y000014000001244000000")).MessageEn, StringComparison.Ordinal);
}
