using System.Diagnostics;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Corpus;

namespace SkillCert.Tests.Integration.Demo;

/// <summary>
/// <c>dotnet run --project demo</c> in a checkout whose content has a typo: the demo cannot be built, so the service
/// says why in Chinese and exits, and never claims to be running over a site it did not build.
/// </summary>
public class DemoStartTests
{
    [Fact]
    public async Task A_demo_over_content_with_one_typo_exits_non_zero_with_the_problem_in_chinese_and_never_says_it_is_running()
    {
        var checkout = Directory.CreateTempSubdirectory("skillcert-demo-typo-").FullName;
        try
        {
            // A checkout of its own: the service finds content/ and site-templates/ above its working folder.
            CorpusCase.CopyTree(Path.Combine(RepositoryPaths.Root, "content"), Path.Combine(checkout, "content"));
            CorpusCase.CopyTree(RepositoryPaths.SiteTemplates, Path.Combine(checkout, "site-templates"));
            var file = Directory.EnumerateFiles(Path.Combine(checkout, "content", "institutions"), "*.yml").Order(StringComparer.Ordinal).First();
            var lines = File.ReadAllLines(file);
            var name = Array.FindIndex(lines, l => l.StartsWith("name: \"", StringComparison.Ordinal));
            lines[name] = lines[name].TrimEnd('"');
            File.WriteAllLines(file, lines);

            var (exit, stdout, stderr) = await RunServiceAsync(checkout);

            Assert.True(exit == 1, $"exit {exit}\n{stdout}\n{stderr}");
            Assert.Contains("演示无法启动", stderr, StringComparison.Ordinal);
            Assert.Contains($"{file}:{name + 1}:7: 错误 SC1001: YAML 语法：第 {name + 1} 行第 7 列的双引号 \" 开始了一个值，但它没有结束引号", stderr, StringComparison.Ordinal);
            Assert.Contains("演示没有启动：改正上面的问题后，再运行 dotnet run --project demo。", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("SkillCert is running", stdout + stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(checkout, recursive: true);
        }
    }

    /// <summary>Runs the built service in <paramref name="folder"/> with no export configured, as a newcomer runs it, until it ends.</summary>
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunServiceAsync(string folder)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SkillCert.Demo.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("SkillCert__Export");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A service that started after all must not outlive the test.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new InvalidOperationException("the service did not exit over a broken demo:\n" + await stdout + "\n" + await stderr);
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
