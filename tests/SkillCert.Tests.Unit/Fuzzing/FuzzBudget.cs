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

    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(1);

    /// Runs one input; an exception fails the property with the input shown, and so does a run over the hang limit.
    public static void Run<T>(T input, Action<T> target)
    {
        var clock = Stopwatch.StartNew();
        target(input);
        if (clock.Elapsed > HangLimit)
            throw new TimeoutException($"one input took {clock.Elapsed.TotalMilliseconds:F0} ms (limit {HangLimit.TotalMilliseconds} ms)");
    }
}
