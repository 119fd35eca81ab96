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

    /// <summary>A run this long in wall time is a hang whatever the processor time says: the input is waiting on something.</summary>
    public static readonly TimeSpan WallLimit = TimeSpan.FromSeconds(30);

    /// Runs one input; an exception fails the property with the input shown, and so does a run over the hang limit. The
    /// limit is on the processor time of the input's thread: ten fuzz targets share two cores, so a fast input can wait
    /// a second for its turn, while a slow one spends its second computing.
    public static void Run<T>(T input, Action<T> target)
    {
        var wall = Stopwatch.StartNew();
        var cpu = ThreadClock.Now();
        target(input);
        var used = ThreadClock.Now() - cpu;
        if (used > HangLimit || wall.Elapsed > WallLimit)
            throw new TimeoutException($"one input took {used.TotalMilliseconds:F0} ms of processor time in {wall.Elapsed.TotalMilliseconds:F0} ms (limit {HangLimit.TotalMilliseconds} ms)");
    }
}
