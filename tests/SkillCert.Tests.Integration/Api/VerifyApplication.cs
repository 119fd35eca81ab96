using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// The verification service over its own temporary folder: an export written by <see cref="ExportFixture"/>,
/// the ID key, a two-page site, a fixed clock, and a record of every log line. One per test.
/// </summary>
public sealed class VerifyApplication : WebApplicationFactory<Program>
{
    /// <summary>"Today" for every test: institution statuses are shown as of this day.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _kestrel;

    /// <param name="idKey">The ID key the service is given (by default <see cref="ExportFixture.IdKey"/>): the one the export was made with.</param>
    /// <param name="placeIdKey">Lays the ID key out in the application's folder some other way and returns the path to configure.</param>
    public VerifyApplication(bool withExport = true, bool withIdKey = true, bool realKestrel = false,
        IDictionary<string, string?>? settings = null, Action<string>? writeExport = null, byte[]? idKey = null,
        Func<string, string>? placeIdKey = null)
    {
        Folder = Directory.CreateTempSubdirectory("skillcert-api-").FullName;
        ExportPath = Path.Combine(Folder, "certificates.db");
        if (writeExport is not null) writeExport(ExportPath);
        else if (withExport) ExportFixture.Write(ExportPath);
        var keyPath = IdKeyPath = placeIdKey?.Invoke(Folder) ?? Path.Combine(Folder, "id.key");
        if (withIdKey && placeIdKey is null) ExportFixture.WriteIdKey(keyPath, idKey);
        SitePath = Path.Combine(Folder, "site");
        Directory.CreateDirectory(SitePath);
        File.WriteAllText(Path.Combine(SitePath, "index.html"), "<!doctype html><title>评价机构目录</title><h1>评价机构目录</h1>");
        File.WriteAllText(Path.Combine(SitePath, "404.html"), "<!doctype html><title>页面不存在</title><h1>页面不存在</h1>");
        _kestrel = realKestrel;
        _settings = new Dictionary<string, string?>
        {
            ["SkillCert:Export"] = ExportPath,
            ["SkillCert:IdKey"] = withIdKey ? keyPath : null,
            ["SkillCert:Site"] = SitePath,
            ["SkillCert:RateLimit:PermitsPerMinute"] = "100000",
            ["SkillCert:RateLimit:LookupPermitsPerMinute"] = "100000",
            // The daily budgets on guesses at their highest, so that only the tests of those budgets meet them.
            ["SkillCert:RateLimit:WrongNamesPerCertificate"] = "255",
            ["SkillCert:RateLimit:FailedLookupsPerName"] = "255",
            ["SkillCert:RateLimit:FailedLookupsPerRegion"] = "255",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
        if (realKestrel) this.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Settings that put the service's own defaults back on every daily budget on guesses.</summary>
    public static Dictionary<string, string?> DefaultBudgets()
    {
        var defaults = new SkillCert.VerifyApi.Configuration.RateLimitOptions();
        string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, string?>
        {
            ["SkillCert:RateLimit:WrongNamesPerCertificate"] = Text(defaults.WrongNamesPerCertificate),
            ["SkillCert:RateLimit:FailedLookupsPerName"] = Text(defaults.FailedLookupsPerName),
            ["SkillCert:RateLimit:FailedLookupsPerRegion"] = Text(defaults.FailedLookupsPerRegion),
        };
    }

    public string Folder { get; }

    public string ExportPath { get; }

    public string SitePath { get; }

    /// <summary>Where the ID key file is written (when the application has one).</summary>
    public string IdKeyPath { get; }

    /// <summary>The real server's address, once started with realKestrel.</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>Every log message, formatted, with its category; captured at Trace level.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>A client; over a real socket when the application was made with realKestrel.</summary>
    public HttpClient Client()
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        if (_kestrel)
        {
            StartServer();
            options.BaseAddress = ServerAddress;
        }
        return CreateClient(options);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(new CapturingLoggerProvider(Logs));
        });
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner; the test's result does not depend on it.
        }
    }
}
