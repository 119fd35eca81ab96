using System.Diagnostics;

namespace SkillCert.Tests.Unit.Fuzzing;

/// The fuzz targets' hang detector must catch an input that computes past the limit, or no fuzz run proves anything about hangs.
public class FuzzBudgetTests
{
    [Fact]
    public void An_input_that_computes_for_longer_than_the_limit_is_a_hang()
    {
        var e = Assert.Throws<TimeoutException>(() => FuzzBudget.Run(FuzzBudget.HangLimit + TimeSpan.FromMilliseconds(200), spin =>
        {
            var (clock, until) = (Stopwatch.StartNew(), ThreadClock.Now() + spin);
            while (ThreadClock.Now() < until && clock.Elapsed < FuzzBudget.WallLimit) { }
        }));
        Assert.Contains("of processor time", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_that_finishes_within_the_limit_passes() => FuzzBudget.Run("Y000014000001223000001", _ => { });
}
