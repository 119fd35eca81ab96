using System.Diagnostics;

namespace SkillCert.Tests.Integration.Cli;

/// Runs the built `skillcert` command as a separate process, as an administrator or a script would.
internal static class SkillcertProcess
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunInAsync(null, args);

    /// Runs the command in a working directory, so that relative paths in its output read as the user typed them.
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunInAsync(string? workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// Runs the command with <paramref name="environment"/> added to the test's own, as on a machine set up otherwise (its locale).
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(null, environment, args);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string? workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = SkillcertLaunch.Of(args);
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
