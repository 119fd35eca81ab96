using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SkillCert.Tests.Integration.Faults;

/// <summary>
/// The verification service as a process of its own on a free port, so that its memory can be measured apart from
/// the tests' own: the built SkillCert.VerifyApi.dll, started with settings on its command line.
/// </summary>
internal sealed partial class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    [GeneratedRegex(@"SkillCert is running: (?<url>http://[^/\s]+)/")]
    private static partial Regex Started();

    /// <summary>
    /// Starts the service with <paramref name="settings"/> on its command line and <paramref name="environment"/> added to
    /// its own, on <paramref name="port"/> of loopback (0: any free one).
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(string folder, IReadOnlyDictionary<string, string> settings,
        IReadOnlyDictionary<string, string>? environment = null, int port = 0)
    {
        var start = Command(folder, settings.Select(s => $"--{s.Key}={s.Value}"), port);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (Started().Match(line) is { Success: true } m)
                {
                    // Keep reading so that a full pipe never blocks the service.
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                    return new ServiceProcess(process, new Uri(m.Groups["url"].Value));
                }
            }
            throw new InvalidOperationException("the service ended before it printed its address: " + await process.StandardError.ReadToEndAsync(CancellationToken.None));
        }
        catch
        {
            // A service that never announced itself must not outlive the test run.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts the service with <paramref name="settings"/> (<c>--key=value</c>) for a start that must end, in the
    /// service's default language: its exit code and what it printed. It waits for the process to end, with a ceiling
    /// only against one that starts after all.
    /// </summary>
    public static async Task<(int Code, string Output, string Errors)> RunToEndAsync(params string[] settings)
    {
        var start = Command(AppContext.BaseDirectory, settings, port: 0);
        start.Environment.Remove("SKILLCERT_LANG");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var ceiling = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(ceiling.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw;
        }
        return (process.ExitCode, await output, await errors);
    }

    // The built SkillCert.VerifyApi.dll in Production on a loopback port, its output read by the caller.
    private static ProcessStartInfo Command(string folder, IEnumerable<string> settings, int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SkillCert.VerifyApi.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return start;
    }

    /// <summary>The resident memory of the service, from /proc, in bytes.</summary>
    public long ResidentBytes() => StatusBytes("VmRSS:");

    /// <summary>A size from /proc/PID/status in bytes; 0 once the process has ended (an exited process lists none).</summary>
    private long StatusBytes(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The most the service has held resident since it started (VmHWM), in bytes.</summary>
    public long PeakResidentBytes() => StatusBytes("VmHWM:");

    public bool HasExited => _process.HasExited;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
