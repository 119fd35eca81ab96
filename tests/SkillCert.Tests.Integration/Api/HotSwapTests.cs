using System.Collections.Concurrent;
using System.Net;

namespace SkillCert.Tests.Integration.Api;

public class HotSwapTests
{
    private const string Certificate = "/api/v1/certificates/" + ExportFixture.ValidNumber;

    private static async Task<string?> VersionAsync(HttpClient client) =>
        (await (await client.GetAsync("/readyz")).JsonAsync()).GetProperty("exportVersion").GetString();

    private static async Task<bool> RefusedAsync(HttpClient client) =>
        (await (await client.GetAsync("/readyz")).JsonAsync()).GetProperty("lastRefusal").ValueKind == System.Text.Json.JsonValueKind.Object;

    [Fact]
    public async Task A_new_export_published_by_rename_is_served()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        var before = (await client.GetAsync(Certificate)).Headers.ETag;
        ExportFixture.Publish(app.ExportPath, p => ExportFixture.Write(p, "version-two"));
        await Eventually.True(async () => await VersionAsync(client) == "version-two", "version-two is in service");
        var after = await client.GetAsync(Certificate);
        Assert.Equal("version-two", (await after.JsonAsync()).GetProperty("exportVersion").GetString());
        Assert.NotEqual(before, after.Headers.ETag);
    }

    [Fact]
    public async Task A_replaced_export_file_is_closed_once_its_requests_are_done()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        ExportFixture.Publish(app.ExportPath, p => ExportFixture.Write(p, "version-two"));
        await Eventually.True(async () => await VersionAsync(client) == "version-two", "version-two is in service");
        // On Linux a replaced file stays open as "(deleted)" for as long as any connection holds it.
        await Eventually.True(() => Task.FromResult(!Directory.EnumerateFiles("/proc/self/fd").Select(TargetOf)
            .Any(t => t.StartsWith(app.Folder, StringComparison.Ordinal) && t.EndsWith("(deleted)", StringComparison.Ordinal))),
            "no descriptor of the old export is left open");
    }

    private static string TargetOf(string fd)
    {
        try
        {
            return new FileInfo(fd).LinkTarget ?? "";
        }
        catch (IOException)
        {
            return "";
        }
    }

    [Fact]
    public async Task A_damaged_replacement_is_refused_and_the_old_export_kept()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        ExportFixture.Publish(app.ExportPath, ExportFixture.WriteDamaged);
        await Eventually.True(() => RefusedAsync(client), "the damaged file is refused");
        Assert.Equal("version-one", await VersionAsync(client));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Certificate)).StatusCode);
        Assert.Contains(app.Logs, l => l.Contains(": 错误 SC81", StringComparison.Ordinal) && l.StartsWith("Warning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_no_export_in_service_a_refused_file_is_retried_but_its_refusal_is_logged_once()
    {
        // The tries are logged at Debug, which an operator turns on the same way.
        await using var app = new VerifyApplication(writeExport: ExportFixture.WriteDamaged,
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Client().GetAsync("/readyz")).StatusCode);
        // Two tries, whichever way each was told, before the count is read.
        await Eventually.True(() => Task.FromResult(app.Logs.Count(l => l.Contains("SC81", StringComparison.Ordinal)) >= 2), "the file is tried again");
        Assert.Single(app.Logs, l => l.Contains(": 错误 SC81", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_replacement_of_another_schema_is_refused_and_the_old_export_kept()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        ExportFixture.Publish(app.ExportPath, p => ExportFixture.Write(p, "version-two", schemaVersion: "4"));
        await Eventually.True(() => RefusedAsync(client), "the other schema is refused");
        Assert.Equal("version-one", await VersionAsync(client));
    }

    [Fact]
    public async Task Replacing_the_export_under_concurrent_load_fails_no_request()
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var client = app.Client();
        var failures = new ConcurrentQueue<string>();
        var versions = new ConcurrentDictionary<string, int>();
        var served = 0;
        using var stop = new CancellationTokenSource();

        async Task Hammer()
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var response = await client.GetAsync(Certificate);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Enqueue($"{(int)response.StatusCode}");
                        continue;
                    }
                    versions.AddOrUpdate((await response.JsonAsync()).GetProperty("exportVersion").GetString()!, 1, (_, n) => n + 1);
                    Interlocked.Increment(ref served);
                }
                catch (HttpRequestException e)
                {
                    failures.Enqueue(e.Message);
                }
            }
        }

        var load = Enumerable.Range(0, 8).Select(_ => Task.Run(Hammer)).ToArray();
        await Eventually.True(() => Task.FromResult(Volatile.Read(ref served) >= 50), "the load is being served");
        ExportFixture.Publish(app.ExportPath, p => ExportFixture.Write(p, "version-two", extraCertificates: 200));
        await Eventually.True(async () => await VersionAsync(client) == "version-two", "version-two is in service");
        ExportFixture.Publish(app.ExportPath, ExportFixture.WriteDamaged);
        await Eventually.True(() => RefusedAsync(client), "the damaged file is refused");
        ExportFixture.Publish(app.ExportPath, p => ExportFixture.Write(p, "version-three"));
        await Eventually.True(async () => await VersionAsync(client) == "version-three", "version-three is in service");
        await Eventually.True(() => Task.FromResult(versions.GetValueOrDefault("version-three") >= 50), "version-three is being served under load");
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Empty(failures);
        Assert.True(served > 100, $"only {served} requests were served");
        Assert.Contains("version-one", versions.Keys);
        Assert.Contains("version-two", versions.Keys);
        Assert.Contains("version-three", versions.Keys);
        Assert.DoesNotContain("damaged", versions.Keys);
    }
}
