using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using SkillCert.Tests.Integration.Api;
using Xunit.Abstractions;

namespace SkillCert.Tests.Integration.Faults;

/// <summary>
/// The limiter and the budgets on guesses must not be a way to exhaust the service: a flood of distinct client addresses
/// (through a trusted proxy's X-Forwarded-For) and distinct wrong names, against the service in its own process with its
/// managed heap capped at 64 MB, as the README suggests. The suite runs a tenth of the volume; tests/flood.sh runs it all
/// (SKILLCERT_FLOOD_SCALE=10: 200,000 addresses and 1,000,000 wrong names).
/// </summary>
[Collection(MemoryMeasured.Name)]
public class FloodTests(ITestOutputHelper output)
{
    private const long RssCeiling = 200L * 1024 * 1024;
    private const string HeapCap = "0x4000000";

    private static int Scale =>
        int.TryParse(Environment.GetEnvironmentVariable("SKILLCERT_FLOOD_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1;

    [Fact]
    public async Task A_flood_of_distinct_addresses_and_wrong_names_leaves_the_service_up_within_200_MB()
    {
        var addresses = 20_000 * Scale;
        var names = 100_000 * Scale;
        var folder = Directory.CreateTempSubdirectory("skillcert-flood-").FullName;
        try
        {
            var export = Path.Combine(folder, "certificates.db");
            ExportFixture.Write(export, extraCertificates: 300);
            ExportFixture.WriteIdKey(Path.Combine(folder, "id.key"));
            var numbers = ExportRows.Column(export, "SELECT number FROM certificates").ToArray();
            await using var service = await ServiceProcess.StartAsync(folder, new Dictionary<string, string>
            {
                ["SkillCert:Export"] = export,
                ["SkillCert:IdKey"] = Path.Combine(folder, "id.key"),
                ["SkillCert:TrustedProxies"] = "127.0.0.1",
                // The per-client limits stand aside so that every request reaches the partitions and the budgets.
                ["SkillCert:RateLimit:PermitsPerMinute"] = "1000000000",
                ["SkillCert:RateLimit:LookupPermitsPerMinute"] = "1000000000",
                ["Logging:LogLevel:Default"] = "Warning",
            }, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = HeapCap });
            using var client = new HttpClient { BaseAddress = service.Address };
            var start = service.ResidentBytes();

            var flood = new Flood(client, numbers, addresses, names);
            var clock = Stopwatch.StartNew();
            long highest = start;
            var run = flood.RunAsync(workers: 8);
            while (!run.IsCompleted)
            {
                if (!service.HasExited) highest = Math.Max(highest, service.ResidentBytes());
                await Task.WhenAny(run, Task.Delay(500));
            }
            await run;
            clock.Stop();
            var peak = service.PeakResidentBytes();
            var end = service.ResidentBytes();
            output.WriteLine($"{addresses:N0} addresses, {names:N0} wrong names, {flood.Answered:N0} answered in {clock.Elapsed.TotalSeconds:F0} s " +
                $"({string.Join(", ", flood.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}"))}; {flood.Failures.Count} failed); " +
                $"RSS {Mb(start)} MB at the start, {Mb(highest)} MB at the highest sample, {Mb(end)} MB at the end, peak (VmHWM) {Mb(peak)} MB");
            Assert.False(service.HasExited, "the service died under the flood: " + flood.Failures.FirstOrDefault());
            using var after = await Ask(client, numbers[0], "测后", Address(-1));
            Assert.Empty(flood.Failures);
            Assert.Equal(names, flood.Answered);
            Assert.DoesNotContain(flood.Statuses.Keys, s => s >= 500);
            // Half the requests are name checks and all of those answer; lookups answer too, or pause (429).
            Assert.True(flood.Statuses.GetValueOrDefault(200) > names / 2, $"only {flood.Statuses.GetValueOrDefault(200):N0} requests answered 200");
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.True(peak < RssCeiling, $"peak RSS {Mb(peak)} MB is over {Mb(RssCeiling)} MB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>Distinct for every i: IPv4 addresses spread over every /16, and IPv6 addresses each in its own /48.</summary>
    private static string Address(int i) => i % 2 == 0
        ? new IPAddress(BitConverter.GetBytes(unchecked((uint)i * 2654435761u))).ToString()
        : $"2a{(i >> 16) & 0xff:x2}:{i & 0xffff:x}:{(i * 7) & 0xffff:x}::1";

    /// <summary>A distinct wrong name for every i: 测 and two characters of the CJK block that spell i.</summary>
    private static string WrongName(int i) => $"测{(char)(0x4E00 + i / 20000 % 20000)}{(char)(0x4E00 + i % 20000)}";

    private static Task<HttpResponseMessage> Ask(HttpClient client, string number, string name, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/certificates/{number}?name={Uri.EscapeDataString(name)}", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", address);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> LookUp(HttpClient client, string name, string idNumber, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/lookups", UriKind.Relative))
        {
            Content = JsonContent.Create(new { name, idNumber }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        return client.SendAsync(request);
    }

    /// <summary>Request i comes from address i mod the address count with wrong name i: a name check on a real certificate, or a lookup.</summary>
    private sealed class Flood(HttpClient client, string[] numbers, int addresses, int names)
    {
        private int _next = -1;
        private int _answered;

        public ConcurrentQueue<string> Failures { get; } = new();

        public ConcurrentDictionary<int, int> Statuses { get; } = new();

        public int Answered => _answered;

        public Task RunAsync(int workers) => Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));

        private async Task WorkAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref _next)) < names)
            {
                try
                {
                    var address = Address(i % addresses);
                    using var response = i % 2 == 0
                        ? await Ask(client, numbers[i / 2 % numbers.Length], WrongName(i), address)
                        : await LookUp(client, WrongName(i), IdNumber(i), address);
                    Statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    Interlocked.Increment(ref _answered);
                }
                catch (HttpRequestException e)
                {
                    Failures.Enqueue(e.Message);
                    if (Failures.Count > 10) return;
                }
            }
        }

        /// <summary>A valid resident ID number in one of 10,000 region codes of province 14, so that few regions run out of lookups.</summary>
        private static string IdNumber(int i) =>
            ExportFixture.WithCheck("14" + (i % 10000).ToString("0000", CultureInfo.InvariantCulture) +
                new DateOnly(1970, 1, 1).AddDays(i % 12000).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (i % 1000).ToString("000", CultureInfo.InvariantCulture));
    }
}
