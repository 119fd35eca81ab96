using System.Text.Encodings.Web;
using SkillCert.VerifyApi.Endpoints;

var builder = WebApplication.CreateBuilder(args);

// Chinese stays readable in JSON; everything is still escaped for HTML contexts by the pages.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
builder.Services.AddSingleton(TimeProvider.System);

var app = builder.Build();

app.MapHealth();
app.MapNumbers();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls) Console.WriteLine($"SkillCert verification service: {url}/api/v1/numbers/Y000014000001193000001");
});

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
