using SkillCert.Core.Institutions;

namespace SkillCert.Tests.Unit.Institutions;

/// 不得超范围: what one line of a filed scope lets an institution certify.
public class ScopeEntryTests
{
    private static readonly ScopeEntry WelderOnly = new("6-18-02-04", "电焊工", [5, 4, 3, 2]);
    private static readonly ScopeEntry WholeOccupation = new("6-31-01-03", null, [5, 4]);

    [Fact]
    public void A_line_filed_for_a_trade_covers_that_trade() =>
        Assert.True(WelderOnly.Covers("6-18-02-04", "电焊工", 4));

    [Fact]
    public void A_line_filed_for_a_trade_does_not_cover_a_certificate_without_a_trade() =>
        Assert.False(WelderOnly.Covers("6-18-02-04", null, 4));

    [Fact]
    public void An_empty_trade_is_no_trade_and_is_not_covered_by_a_trade_line() =>
        Assert.False(WelderOnly.Covers("6-18-02-04", "", 4));

    [Fact]
    public void A_line_filed_for_a_trade_does_not_cover_another_trade() =>
        Assert.False(WelderOnly.Covers("6-18-02-04", "气焊工", 4));

    [Fact]
    public void A_line_filed_without_a_trade_covers_the_occupation_without_a_trade() =>
        Assert.True(WholeOccupation.Covers("6-31-01-03", null, 5));

    [Fact]
    public void A_line_filed_without_a_trade_covers_the_occupation_with_any_trade() =>
        Assert.True(WholeOccupation.Covers("6-31-01-03", "维修电工", 5));

    [Fact]
    public void A_line_covers_only_its_levels() =>
        Assert.False(WelderOnly.Covers("6-18-02-04", "电焊工", 1));

    [Fact]
    public void A_line_covers_only_its_occupation() =>
        Assert.False(WholeOccupation.Covers("6-31-01-04", null, 5));
}
