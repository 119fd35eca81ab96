using SkillCert.Core.Diagnostics;
using SkillCert.Generator.Diagnostics;
using SkillCert.VerifyApi;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.Demo;

/// <summary>
/// What <c>dotnet run --project demo</c> does with no configuration: build the demo when no export is configured, and
/// tell the newcomer where to look once the service listens (on its fixed local port, <see cref="VerifyService.DefaultUrl"/>).
/// </summary>
public static class DemoStart
{
    /// <summary>The exit code when the demo could not be built from the checkout's content or rosters: bad input.</summary>
    public const int DemoNotBuilt = 1;

    /// <summary>The exit code when the demo's files could not be written: the environment.</summary>
    public const int DemoNotWritten = 2;

    /// <summary>
    /// In a checkout with no export configured, builds and points at the demo. False, with the
    /// problems printed in Chinese and the exit code to end with, when the demo could not be built: the service must
    /// not say it is running over a site that was never built.
    /// </summary>
    public static bool TryPrepare(WebApplicationBuilder builder, out DemoSite? demo, out int exitCode)
    {
        demo = null;
        exitCode = 0;
        if (!string.IsNullOrWhiteSpace(builder.Configuration["SkillCert:Export"])) return true;
        // The service has no --lang; its start-up speaks Chinese unless SKILLCERT_LANG=en, as the command line does.
        DiagnosticStyle.Current = new(LanguageChoice.Of(Environment.GetEnvironmentVariable(LanguageChoice.Variable)), Json: false);
        var repo = RepositoryLayout.Find(builder.Environment.ContentRootPath);
        if (repo is null)
        {
            Console.Out.WriteLine(DiagnosticStyle.Current.Say("没有找到含 content/ 的代码目录，所以不生成演示。", "No checkout with content/ was found, so no demo is built."));
            return true;
        }
        Console.Out.WriteLine(DiagnosticStyle.Current.Say($"没有配置 SkillCert:Export：正在用 {repo.Content} 生成演示，放在 {repo.WorkFolder} …",
            $"No SkillCert:Export is configured: building the demo from {repo.Content} in {repo.WorkFolder} …"));
        try
        {
            demo = DemoBuild.Prepare(repo, DateOnly.FromDateTime(DateTime.Now), Console.Error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Print([new Diagnostic(Severity.Error, DiagnosticCodes.DemoNotWritten, repo.WorkFolder, 0, 0,
                $"演示无法启动：演示文件写不进这个文件夹（{e.Message}）；检查它的权限和磁盘空间",
                $"the demo could not be written to this folder ({e.Message}); check its permissions and free space")], Console.Error);
            exitCode = DemoNotWritten;
            return false;
        }
        if (demo is null)
        {
            Console.Error.WriteLine("演示没有启动：改正上面的问题后，再运行 dotnet run --project demo。");
            Console.Error.WriteLine("The demo was not started: fix the problems above, then run dotnet run --project demo again.");
            exitCode = DemoNotBuilt;
            return false;
        }
        builder.Configuration.AddInMemoryCollection(demo.Settings);
        return true;
    }

    /// <summary>Prints the sample pages to open once the server listens, after the service's own lines (where it runs, its API).</summary>
    public static void Announce(WebApplication app, DemoSite? demo)
    {
        if (demo is not { Samples.Count: > 0 }) return;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            foreach (var line in DemoAnnouncement.Lines(url, demo.Samples))
                Console.Out.WriteLine(line);
        });
    }
}
