using System.Net;
using System.Text.Json;
using SkillCert.Tests.Integration.Api;
using SkillCert.Tests.Integration.Faults;
using Xunit.Abstractions;

namespace SkillCert.Tests.Integration.Deploy;

/// <summary>
/// The short form of tests/replicas.sh: three replicas of the service, each a process of its own on Kestrel with its
/// own export file, behind Debian's nginx. Under steady load through nginx, a new export is swapped in replica by
/// replica, a damaged one is offered to all, and one replica is killed and started again over the damaged file until
/// the good one is put back. The client sees every request answered.
/// </summary>
public class ReplicasTests(ITestOutputHelper output)
{
    private const int Replicas = 3;
    private const int Step = 300;

    [Fact]
    public async Task Swapping_exports_replica_by_replica_and_restarting_one_behind_nginx_fails_no_request()
    {
        var folder = Directory.CreateTempSubdirectory("skillcert-replicas-").FullName;
        var running = new ServiceProcess?[Replicas];
        var direct = new List<HttpClient>();
        try
        {
            var site = Directory.CreateDirectory(Path.Combine(folder, "site")).FullName;
            File.WriteAllText(Path.Combine(site, "index.html"), "<!doctype html><title>评价机构目录</title>");
            var idKey = Path.Combine(folder, "id.key");
            ExportFixture.WriteIdKey(idKey);
            var exports = Enumerable.Range(0, Replicas).Select(i => Path.Combine(Directory.CreateDirectory(Path.Combine(folder, $"replica-{i}")).FullName, "certificates.db")).ToArray();
            foreach (var export in exports) ExportFixture.Write(export, "version-one", extraCertificates: 1000);
            var numbers = ExportRows.Column(exports[0], "SELECT number FROM certificates").ToArray();
            var ports = Enumerable.Range(0, Replicas).Select(_ => LoopbackPort.Free()).ToArray();
            Task<ServiceProcess> Start(int i) => ServiceProcess.StartAsync(folder, new Dictionary<string, string>
            {
                ["SkillCert:Export"] = exports[i],
                ["SkillCert:Site"] = site,
                ["SkillCert:IdKey"] = idKey,
                ["SkillCert:RateLimit:PermitsPerMinute"] = "100000000",
                ["Logging:LogLevel:Default"] = "Warning",
            }, port: ports[i]);
            for (var i = 0; i < Replicas; i++) running[i] = await Start(i);
            direct.AddRange(running.Select(r => new HttpClient { BaseAddress = r!.Address }));

            await using var nginx = await NginxBalancer.StartAsync(Path.Combine(folder, "nginx"), ports);
            using var client = new HttpClient { BaseAddress = nginx.Address };
            var load = new SteadyLoad(client, numbers, workers: 4);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            void Phase(string what) => output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1} s  {what}");
            await load.ServedAtLeastAsync(Step);
            Phase("three replicas serve version-one through nginx");

            for (var i = 0; i < Replicas; i++)
            {
                ExportFixture.Publish(exports[i], p => ExportFixture.Write(p, "version-two", extraCertificates: 1000));
                await Eventually.True(async () => (await ReadinessAsync(direct[i])).Version == "version-two", $"replica {i} serves version-two");
                await load.ServedAtLeastAsync(Step);
                Phase($"replica {i} swapped to version-two");
            }

            foreach (var export in exports) ExportFixture.Publish(export, ExportFixture.WriteDamaged);
            for (var i = 0; i < Replicas; i++)
            {
                await Eventually.True(async () => (await ReadinessAsync(direct[i])).Refused, $"replica {i} refuses the damaged export");
                Assert.Equal("version-two", (await ReadinessAsync(direct[i])).Version);
            }
            await load.ServedAtLeastAsync(Step);
            Phase("the damaged export refused by every replica");

            // Killed mid-request, then started again over the damaged file: it has no export to serve until the good
            // one is put back, and nginx passes it over all the while.
            await running[1]!.DisposeAsync();
            running[1] = null;
            await load.ServedAtLeastAsync(Step);
            Phase("replica 1 killed; the other two serve");
            running[1] = await Start(1);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await direct[1].GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
            await load.ServedAtLeastAsync(Step);
            Phase("replica 1 started again over the damaged file, not ready");
            foreach (var export in exports) ExportFixture.Publish(export, p => ExportFixture.Write(p, "version-two", extraCertificates: 1000));
            for (var i = 0; i < Replicas; i++)
            {
                await Eventually.True(async () => (await ReadinessAsync(direct[i])).Version == "version-two", $"replica {i} serves version-two at the end");
            }
            await load.ServedAtLeastAsync(Step);
            Phase("version-two put back: every replica serves it");
            var result = await load.StopAsync();

            output.WriteLine($"{result.Served} requests answered 200, {result.ServerErrors} 5xx, {result.Failures.Count} failures");
            Assert.Equal(0, result.ServerErrors);
            Assert.Empty(result.Failures);
            for (var i = 0; i < Replicas; i++)
            {
                using var answer = await direct[i].GetAsync(new Uri("/api/v1/certificates/" + ExportFixture.ValidNumber, UriKind.Relative));
                Assert.Equal("version-two", (await answer.JsonAsync()).GetProperty("exportVersion").GetString());
            }
        }
        finally
        {
            foreach (var c in direct) c.Dispose();
            foreach (var replica in running)
            {
                if (replica is not null) await replica.DisposeAsync();
            }
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What one replica's /readyz says: the export version in service, and whether it has refused a replacement.</summary>
    private static async Task<(string? Version, bool Refused)> ReadinessAsync(HttpClient replica)
    {
        using var response = await replica.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = await response.JsonAsync();
        return (body.TryGetProperty("exportVersion", out var v) ? v.GetString() : null,
            body.TryGetProperty("lastRefusal", out var r) && r.ValueKind == JsonValueKind.Object);
    }
}
