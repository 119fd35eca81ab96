using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkillCert.VerifyApi.Demo;

namespace SkillCert.Tests.Browser.Infrastructure;

/// The site under test: built from content/ with the demo export of the sample rosters, into a temporary folder,
/// and served with the API by the real verification service on Kestrel, on a free loopback port.
public sealed class LiveSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// Statuses and sample certificates are fixed as of this day, so the journeys see the same catalogue every run.
    public static readonly DateOnly AsOf = new(2026, 11, 26);

    private readonly string _folder = Directory.CreateTempSubdirectory("skillcert-browser-").FullName;

    /// A temporary folder that lives as long as the site; tests put their own output below it.
    public string Folder => _folder;

    public DemoSite Demo { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// A certificate in the export that breaks its institution's scope (see <see cref="LegacyCertificate"/>).
    public string InconsistentNumber { get; private set; } = null!;

    /// The checkout the tests run from: its content, sample rosters and templates.
    public static RepositoryLayout Repository { get; } = RepositoryLayout.Find(RepositoryRoot.Path)!;

    public Task InitializeAsync()
    {
        var repo = Repository with { WorkFolder = _folder };
        var log = new StringWriter();
        Demo = DemoBuild.Prepare(repo, AsOf, log) ?? throw new InvalidOperationException("the demo build failed:\n" + log);
        InconsistentNumber = LegacyCertificate.AddTo(Demo.Export, Demo.Samples.First(s => s.Verdict == "unconfirmed").Number);
        this.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");
        return Task.CompletedTask;
    }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(
        [
            .. Demo.Settings,
            new("SkillCert:RateLimit:PermitsPerMinute", "100000"),
            new("SkillCert:RateLimit:LookupPermitsPerMinute", "100000"),
        ]));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
