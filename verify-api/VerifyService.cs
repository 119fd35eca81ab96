using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using SkillCert.Core.Diagnostics;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Configuration;
using SkillCert.VerifyApi.Endpoints;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Json;
using SkillCert.VerifyApi.Lookups;
using SkillCert.VerifyApi.OpenApi;
using SkillCert.VerifyApi.Pages;
using SkillCert.VerifyApi.Site;

namespace SkillCert.VerifyApi;

/// <summary>
/// The verification service, as its entry point and the demo's start it: the settings, services and limits
/// (<see cref="AddVerifyService"/>), then the middleware and endpoints (<see cref="UseVerifyService"/>).
/// </summary>
public static class VerifyService
{
    /// <summary>The address the service listens on when no <c>urls</c> setting names one: loopback, a fixed port.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5180";

    public static WebApplicationBuilder AddVerifyService(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        if (string.IsNullOrWhiteSpace(builder.Configuration["SkillCert:Export"]))
        {
            var language = VerifyOptions.MessageLanguageOf(builder.Configuration);
            Console.Out.WriteLine(language == DiagnosticLanguage.English
                ? "No SkillCert:Export is configured, so no certificate is verified and /readyz will say 503; for the demo, run dotnet run --project demo in a checkout."
                : "没有配置 SkillCert:Export，所以不核验任何证书；/readyz 会答 503。要看演示，在代码目录里运行 dotnet run --project demo。");
        }
        // Settings under SkillCert: (export, site, ID key, rate limits, trusted proxies); README lists every key.
        builder.Services.Configure<VerifyOptions>(builder.Configuration.GetSection(VerifyOptions.Section));
        // Chinese stays readable in JSON while <, >, & and quotes are escaped; the shapes are source-generated.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = VerifyJsonContext.ReadableEncoder;
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, VerifyJsonContext.Default);
        });
        // The export in service, the loader that validates candidates, and the watcher that hot-swaps them.
        builder.Services.AddSingleton<ExportStore>().AddSingleton<ExportLoader>().AddHostedService<ExportWatcher>();
        // Certificate queries, the ID-number hash key and the lookups by name and ID number, the clock that "today" comes
        // from, and the page templates.
        builder.Services.AddSingleton<CertificateQuery>().AddSingleton<IdKey>().AddSingleton<HolderLookup>().AddSingleton(TimeProvider.System)
            .AddSingleton<PageTemplates>();
        // Errors as application/problem+json (with "demo": true when the export is sample data), and the OpenAPI document at /openapi/v1.json.
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = DemoProblems.Mark).AddVerifyOpenApi();
        // Any origin may read the JSON API's GET answers (HR systems call it from a browser); lookups stay same-origin.
        builder.Services.AddCrossOriginReads();
        // Answers compressed with br or gzip when the client accepts it. Safe over HTTPS too (BREACH needs a secret beside
        // reflected input): the service is read-only and public, sets no cookies, keeps no session and sends no token, and a
        // full name appears only to whoever supplied the name or the signed QR link that shows it.
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "application/atom+xml", "image/svg+xml", "text/javascript", "text/csv"];
        });
        // Per-client rate limits, stricter for lookups and name checks, and the daily budgets on guessed names and ID numbers.
        builder.Services.AddVerifyRateLimits();
        // Small requests only: the largest legitimate body is a lookup's name and ID number. The limits on the request line and
        // headers are the service's own (RequestLimits, answered as problem+json); Kestrel's, higher, are the backstop.
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 4 * 1024;
            k.Limits.MaxRequestLineSize = RequestLimits.ServerRequestLineSize;
            k.Limits.MaxRequestHeadersTotalSize = RequestLimits.ServerHeadersSize;
            k.Limits.MaxRequestHeaderCount = RequestLimits.ServerHeaderCount;
        });
        // Framework lines that carry query strings (?name=) stay quiet; RequestLog writes a safe line instead. One entry per line.
        builder.Logging.HoldQueryStringsBack().WriteOneLinePerEntry();
        return builder;
    }

    /// <summary>
    /// Builds the service and runs it until it stops (<paramref name="announce"/> runs once it is set up, before it
    /// listens). A setting it cannot work with stops the start: each problem is printed as its diagnostic line (key,
    /// code, message in the service's language) with what to do, and the exit code is 2, not a stack trace.
    /// </summary>
    public static int RunOrExplain(this WebApplicationBuilder builder, Action<WebApplication>? announce = null)
    {
        var app = builder.Build();
        // Read now: once a start has failed, the services (the configuration among them) are disposed.
        var language = VerifyOptions.MessageLanguageOf(app.Configuration);
        var urls = app.Configuration["urls"] ?? DefaultUrl;
        try
        {
            app.UseVerifyService();
            announce?.Invoke(app);
            app.Run();
            return 0;
        }
        catch (OptionsValidationException refusal)
        {
            foreach (var failure in refusal.Failures) Console.Error.WriteLine(failure);
            return NotStarted(new Phrase("核验服务没有启动：请改正上面的设置（appsettings.json、环境变量或命令行）后再启动。",
                "the verification service did not start: correct the settings above (appsettings.json, environment or command line) and start it again"));
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            // Kestrel binds its addresses while starting: a mistyped --urls or a port in use ends the start here.
            Console.Error.WriteLine(SettingProblems.CannotListen(urls, e).ToString(language));
            return NotStarted(new Phrase("核验服务没有启动：请改正上面的监听地址后再启动。",
                "the verification service did not start: correct the address above and start it again"));
        }

        int NotStarted(Phrase what)
        {
            Console.Error.WriteLine(language == DiagnosticLanguage.English ? what.En : what.Zh);
            return 2;
        }
    }

    public static WebApplication UseVerifyService(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestLog>();
        app.UseMiddleware<ResponseDefaults>();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseMiddleware<RequestLimits>();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseSite();

        app.MapCertificates();
        app.MapLookups();
        app.MapLookupPages();
        app.MapNumbers();
        app.MapHealth();
        app.MapPages();
        app.MapCertificatePages();
        app.MapRobots();
        app.MapOpenApi().WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        // Once the server listens, where: scripts and tests wait for the "SkillCert is running" line, in either language.
        var english = app.Services.GetRequiredService<IOptions<VerifyOptions>>().Value.MessageLanguage() == DiagnosticLanguage.English;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                if (!english) Console.Out.WriteLine($"核验服务已经启动：{url}/");
                Console.Out.WriteLine($"SkillCert is running: {url}/");
                Console.Out.WriteLine(english
                    ? $"  API: {url}/api/v1/certificates/{{number}} · OpenAPI: {url}/openapi/v1.json · readiness: {url}/readyz"
                    : $"  查询接口：{url}/api/v1/certificates/{{证书编号}} · 接口说明（OpenAPI）：{url}/openapi/v1.json · 就绪检查：{url}/readyz");
            }
            // These stand for the host's English lifetime lines, which appsettings.json holds back (Microsoft.Hosting.Lifetime: Warning).
            Console.Out.WriteLine(english ? "Press Ctrl+C to shut down." : "按 Ctrl+C 停止服务。");
        });
        app.Lifetime.ApplicationStopping.Register(() => Console.Out.WriteLine(english ? "The service is shutting down…" : "核验服务正在停止…"));
        return app;
    }
}
