namespace SkillCert.VerifyApi.Demo;

/// <summary>
/// What <c>dotnet run --project verify-api</c> does with no configuration: serve on the fixed local port, build
/// the demo when no export is configured, and tell the newcomer where to look.
/// </summary>
public static class DemoStart
{
    public const string DefaultUrl = "http://127.0.0.1:5180";

    /// <summary>Configures the port and, in a checkout with no export configured, builds and points at the demo.</summary>
    public static DemoSite? Prepare(WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        if (!string.IsNullOrWhiteSpace(builder.Configuration["SkillCert:Export"])) return null;
        var repo = RepositoryLayout.Find(builder.Environment.ContentRootPath);
        if (repo is null)
        {
            Console.Out.WriteLine("No SkillCert:Export is configured and no checkout with content/ was found, so no demo is built; /readyz will say 503.");
            return null;
        }
        Console.Out.WriteLine($"No SkillCert:Export is configured: building the demo from {repo.Content} into {repo.WorkFolder} …");
        var demo = DemoBuild.Prepare(repo, DateOnly.FromDateTime(DateTime.Now), Console.Out);
        if (demo is not null) builder.Configuration.AddInMemoryCollection(demo.Settings);
        return demo;
    }

    /// <summary>Prints the addresses to open once the server listens.</summary>
    public static void Announce(WebApplication app, DemoSite? demo)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.Out.WriteLine($"SkillCert is running: {url}/");
                if (demo is { Samples.Count: > 0 })
                    Console.Out.WriteLine("  示例数据（虚构）。每个链接展示一种核验结论 / sample pages, one per verdict:");
                foreach (var sample in demo?.Samples ?? [])
                    Console.Out.WriteLine($"    {sample.Verdict,-14} {sample.Label}: {url}{sample.Path}");
                Console.Out.WriteLine($"  API: {url}/api/v1/certificates/{{number}} · OpenAPI: {url}/openapi/v1.json · readiness: {url}/readyz");
            }
        });
    }
}
