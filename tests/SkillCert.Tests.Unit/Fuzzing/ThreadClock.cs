using System.Runtime.InteropServices;

namespace SkillCert.Tests.Unit.Fuzzing;

/// <summary>
/// The processor time the calling thread has used (Linux, clock_gettime with CLOCK_THREAD_CPUTIME_ID). A fuzz run keeps
/// more threads busy than the machine has cores, so wall time measures the scheduler as much as the input; a slow input
/// spends processor time, a descheduled one does not.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the generated stub would need unsafe code in the test project for one call.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int GetTime(int clock, out TimeSpec time);

    public static TimeSpan Now()
    {
        if (GetTime(ThreadCpuTime, out var time) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }
}
