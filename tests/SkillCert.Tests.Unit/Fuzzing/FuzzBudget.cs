using System.Diagnostics;
using System.Globalization;

namespace SkillCert.Tests.Unit.Fuzzing;

/// How many inputs each fuzz target gets, and the per-input time limit that counts as a hang. The suite runs
/// a short budget; tests/fuzz.sh sets SKILLCERT_FUZZ_INPUTS to a million or more.
internal static class FuzzBudget
{
    public static long Inputs { get; } =
        long.TryParse(Environment.GetEnvironmentVariable("SKILLCERT_FUZZ_INPUTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : 20_000;

    /// <summary>For targets whose inputs take milliseconds (a workbook is zipped and unzipped each time): fewer in the suite, as many in the long run.</summary>
    public static long CostlyInputs { get; } = Environment.GetEnvironmentVariable("SKILLCERT_FUZZ_INPUTS") is null ? 5_000 : Inputs;

    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(1);

    /// Runs one input; an exception fails the property with the input shown, and so does a run over the hang limit.
    /// On two shared cores a garbage collection or another process can stall any input past the limit once, so a slow
    /// input is timed again, and only one that is slow both times counts as a hang.
    public static void Run<T>(T input, Action<T> target)
    {
        var first = Timed(input, target);
        if (first <= HangLimit) return;
        var second = Timed(input, target);
        if (second > HangLimit)
            throw new TimeoutException($"one input took {first.TotalMilliseconds:F0} ms, then {second.TotalMilliseconds:F0} ms (limit {HangLimit.TotalMilliseconds} ms)");
    }

    private static TimeSpan Timed<T>(T input, Action<T> target)
    {
        var clock = Stopwatch.StartNew();
        target(input);
        return clock.Elapsed;
    }
}
