using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace SkillCert.Tests.Browser.Infrastructure;

/// The demo of <see cref="LiveSite"/> served by a second service that allows two lookups a minute and logs at
/// Information, the host's request lines included, into <see cref="Log"/>.
public sealed class StrictLookupSite : ServedSite
{
    private readonly LiveSite _demo;

    public StrictLookupSite(LiveSite demo)
    {
        _demo = demo;
        Serve();
    }

    public const int LookupsPerMinute = 2;

    public CapturedLog Log { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. _demo.Demo.Settings,
        new("SkillCert:RateLimit:LookupPermitsPerMinute", LookupsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Logging:LogLevel:Default", "Information"),
        new("Logging:LogLevel:Microsoft.AspNetCore", "Information"),
    ];

    protected override LogLevel Logging => LogLevel.Information;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}
