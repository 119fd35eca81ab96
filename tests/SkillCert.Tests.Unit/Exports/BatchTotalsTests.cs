using SkillCert.Core.Diagnostics;
using SkillCert.Core.Exports;

namespace SkillCert.Tests.Unit.Exports;

public class BatchTotalsTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);
    private static readonly DateOnly Issued = new(2024, 9, 18);

    private static IReadOnlyList<(string Field, Phrase Message)> Check(BatchTotals totals, int rows = 7) => totals.Check(rows, Issued, AsOf);

    [Fact]
    public void Totals_that_agree_with_the_roster_pass() =>
        Assert.Empty(Check(new BatchTotals(new DateOnly(2024, 8, 31), 11, 9, 7)));

    [Fact]
    public void The_passed_count_must_equal_the_rows_of_the_roster() =>
        Assert.Equal(BatchTotals.PassedField, Assert.Single(Check(new BatchTotals(null, 11, 9, 8))).Field);

    [Fact]
    public void No_more_can_pass_than_were_evaluated() =>
        Assert.Contains(Check(new BatchTotals(null, 11, 6, 7)), p => p.Message.En.Contains("evaluated", StringComparison.Ordinal));

    [Fact]
    public void No_more_can_be_evaluated_than_applied() =>
        Assert.Equal(BatchTotals.EvaluatedField, Assert.Single(Check(new BatchTotals(null, 8, 9, 7))).Field);

    [Fact]
    public void Certificates_may_not_be_issued_before_the_evaluation() =>
        Assert.Equal(BatchTotals.EvaluatedOnField, Assert.Single(Check(new BatchTotals(new DateOnly(2024, 9, 19), null, null, null))).Field);

    [Fact]
    public void Totals_that_are_not_given_are_not_checked() =>
        Assert.Empty(Check(new BatchTotals(null, null, null, null), rows: 3));
}
