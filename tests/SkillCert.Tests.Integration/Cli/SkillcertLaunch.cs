using System.Diagnostics;

namespace SkillCert.Tests.Integration.Cli;

/// <summary>
/// How a test starts `skillcert`: the build's own skillcert.dll under `dotnet`, or, when SKILLCERT_EXECUTABLE names one,
/// a published skillcert as docs/deploying.md installs it (test.sh runs the tests marked <see cref="Trait"/> that way
/// against the native build). Shared with the browser tests.
/// </summary>
internal static class SkillcertLaunch
{
    /// <summary>The xUnit trait of the tests that run skillcert as a process: test.sh runs them again on the published build.</summary>
    public const string Trait = "Runs";

    /// <summary>The trait's value.</summary>
    public const string Skillcert = "skillcert";

    /// <summary>The published skillcert the tests run instead of the build's own, if any.</summary>
    public static string? Published => Environment.GetEnvironmentVariable("SKILLCERT_EXECUTABLE") is { Length: > 0 } path ? path : null;

    /// <summary>A start for `skillcert` with these arguments, its output redirected.</summary>
    public static ProcessStartInfo Of(IEnumerable<string> arguments)
    {
        var published = Published;
        var start = new ProcessStartInfo(published ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (published is null) start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "skillcert.dll"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        return start;
    }
}
