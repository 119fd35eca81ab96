using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Configuration;
using SkillCert.VerifyApi.Endpoints;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Json;
using SkillCert.VerifyApi.Lookups;
using SkillCert.VerifyApi.Pages;
using SkillCert.VerifyApi.Site;

var builder = WebApplication.CreateBuilder(args);

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
// Certificate queries, the ID-number hash key for lookups, and the clock that "today" comes from.
builder.Services.AddSingleton<CertificateQuery>().AddSingleton<IdKey>().AddSingleton(TimeProvider.System);
// The site templates the HTML pages render with, parsed once (SkillCert:Templates).
builder.Services.AddSingleton<PageTemplates>();
// Errors as application/problem+json, and the OpenAPI document at /openapi/v1.json.
builder.Services.AddProblemDetails().AddOpenApi();
// Per-client rate limits, stricter for lookups and name checks.
builder.Services.AddVerifyRateLimits();
// Small requests only: the largest legitimate body is a lookup's name and ID number.
builder.WebHost.ConfigureKestrel(k =>
{
    k.AddServerHeader = false;
    k.Limits.MaxRequestBodySize = 4 * 1024;
    k.Limits.MaxRequestLineSize = 8 * 1024;
    k.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
    k.Limits.MaxRequestHeaderCount = 50;
});
// Framework lines that carry query strings (?name=) stay quiet; RequestLog writes a safe line instead.
builder.Logging.HoldQueryStringsBack();

var app = builder.Build();

app.UseTrustedProxies();
app.UseMiddleware<SecurityHeaders>();
app.UseMiddleware<RequestLog>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRouting();
app.UseRateLimiter();
app.UseSite();

app.MapCertificates();
app.MapLookups();
app.MapNumbers();
app.MapHealth();
app.MapPages();
app.MapCertificatePages();
app.MapOpenApi();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls) Console.WriteLine($"SkillCert verification service: {url}/readyz, {url}/openapi/v1.json");
});

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
