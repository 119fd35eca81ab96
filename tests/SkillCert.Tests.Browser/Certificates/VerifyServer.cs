using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SkillCert.Tests.Browser.Certificates;

/// The verification service on a real Kestrel socket, serving a built site and an export, as a browser meets it.
public sealed class VerifyServer(string site, string export, string templates) : WebApplicationFactory<Program>
{
    /// The server's address, once started.
    public Uri Address
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        this.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.UseEnvironment("Production");
        builder.UseSetting("SkillCert:Site", site);
        builder.UseSetting("SkillCert:Export", export);
        builder.UseSetting("SkillCert:Templates", templates);
        builder.UseSetting("SkillCert:RateLimit:PermitsPerMinute", "100000");
        builder.UseSetting("SkillCert:RateLimit:LookupPermitsPerMinute", "100000");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
