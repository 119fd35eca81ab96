using System.Diagnostics;
using System.Text.RegularExpressions;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// Journey 1: a newcomer runs the README's run command as it is written, waits for the address it prints, and
/// opens it. This is also the test that the command builds the demo and serves site and API together.
[Collection(BrowserCollection.Name)]
public partial class NewcomerJourneyTests(Chromium chromium)
{
    [GeneratedRegex(@"SkillCert is running: (http://\S+)")]
    private static partial Regex RunningLine();

    [GeneratedRegex(@"（genuine）.*?：(http://\S+\?name=\S+)$")]
    private static partial Regex SampleLine();

    [Fact]
    public async Task The_README_run_command_serves_the_home_page_and_a_sample_certificate()
    {
        var command = File.ReadAllLines(RepositoryRoot.Combine("README.md")).First(l => l.StartsWith("dotnet run --project demo", StringComparison.Ordinal));
        var words = command.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(words[0]) { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var w in words[1..]) start.ArgumentList.Add(w);
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var lines = new List<string>();
        var home = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sample = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (lines) lines.Add(e.Data);
            if (RunningLine().Match(e.Data) is { Success: true } m) home.TrySetResult(m.Groups[1].Value);
            if (SampleLine().Match(e.Data) is { Success: true } s) sample.TrySetResult(s.Groups[1].Value);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (lines) lines.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // The first run builds the service and the demo, which on a loaded two-core machine took over 3 minutes: wait
            // for the URL or for the process to end, with a ceiling only against a hang.
            var printed = await Task.WhenAny(home.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(15)));
            Assert.True(printed == home.Task, "the run command printed no URL" + (process.HasExited ? $" and exited with {process.ExitCode}" : " within 15 minutes") +
                ":\n" + string.Join('\n', lines));
            var url = await home.Task;
            var sampleUrl = await sample.Task.WaitAsync(TimeSpan.FromMinutes(1));

            foreach (var viewport in new[] { Viewport.Phone, Viewport.Desktop })
            {
                var page = await chromium.NewPageAsync(viewport);
                await page.GotoAsync(url);
                Assert.NotNull(await page.QuerySelectorAsync("form[action='/verify'] #verify-number"));
                Assert.True(await page.Locator(".figures li").CountAsync() >= 1, "the home page shows the catalogue's figures");
                await Artifacts.ScreenshotAsync(page, $"journey-1-newcomer-home-{viewport.Name}");

                await page.GotoAsync(sampleUrl);
                Assert.Equal("genuine", await VerifyForm.VerdictAsync(page));
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
