using System.Diagnostics;

namespace SkillCert.Tests.Browser.Infrastructure;

/// The Nu Html Checker (vnu.jar, pinned in package-lock.json and installed by test.sh), run on files: its errors, or none.
public static class NuHtmlChecker
{
    private static readonly string Jar = RepositoryRoot.Combine("tests", "SkillCert.Tests.Browser", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The checker's report, which is empty of <c>Error:</c> lines when every file is valid.</summary>
    public static async Task<(bool Valid, string Report)> CheckAsync(IEnumerable<string> files)
    {
        if (!File.Exists(Jar)) throw new InvalidOperationException($"{Jar} is missing; run ./test.sh, which installs it with npm ci");
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", Jar, "--errors-only", "--format", "text" }.Concat(files)) start.ArgumentList.Add(argument);
        using var checker = Process.Start(start) ?? throw new InvalidOperationException("java could not be started; install a Java 17 runtime");
        var output = checker.StandardOutput.ReadToEndAsync();
        var errors = await checker.StandardError.ReadToEndAsync();
        await checker.WaitForExitAsync();
        var report = (await output) + errors;
        return (checker.ExitCode == 0 && !report.Contains("Error:", StringComparison.Ordinal), report);
    }
}
