using System.Diagnostics;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// The built service started as a process with settings on its command line, for the starts that must end: what it
/// printed and its exit code. It waits for the process to end, with a ceiling only against one that starts after all.
/// </summary>
internal static class ServiceStart
{
    public static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SkillCert.VerifyApi.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
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

}
