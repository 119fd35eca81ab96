using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SkillCert.Tests.Browser.Infrastructure;

/// The real verification service on Kestrel at a free loopback port, configured by the site a fixture prepares.
public abstract class ServedSite : WebApplicationFactory<Program>
{
    public Uri BaseAddress { get; private set; } = null!;

    /// The service's configuration, read when it starts.
    protected abstract IEnumerable<KeyValuePair<string, string?>> Settings { get; }

    /// What the service may log without drowning the test output.
    protected virtual LogLevel Logging => LogLevel.Warning;

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    /// Starts the service; call it once the site the settings name is ready.
    protected void Serve()
    {
        this.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(Settings));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(Logging));
    }
}
