using System.Diagnostics;
using System.Globalization;
using System.Net;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// Serial numbers run in order, so anyone can walk them. Ten thousand sequential numbers asked without names must
/// give away no full name and no part of an ID number; at the default limit, the limiter stops the walk with 429s.
/// </summary>
public class EnumerationTests
{
    private const int Walk = 10_000;

    private static Dictionary<string, string> Holders(string export) => ExportRows.Pairs(export, "SELECT number, holder_name FROM certificates");

    private static string Number(int serial) => "Y000014000001245" + serial.ToString("D6", CultureInfo.InvariantCulture);

    private static VerifyApplication WithManyCertificates(int permitsPerMinute) => new(
        writeExport: p => ExportFixture.Write(p, extraCertificates: Walk),
        settings: new Dictionary<string, string?> { ["SkillCert:RateLimit:PermitsPerMinute"] = permitsPerMinute.ToString(CultureInfo.InvariantCulture) });

    [Fact]
    public async Task Walking_ten_thousand_numbers_without_names_yields_no_full_name_and_no_part_of_an_id_number()
    {
        await using var app = WithManyCertificates(permitsPerMinute: 1_000_000);
        var holders = Holders(app.ExportPath);
        var client = app.Client();
        var found = 0;
        for (var serial = 1; serial <= Walk; serial++)
        {
            var number = Number(serial);
            var response = await client.GetAsync("/api/v1/certificates/" + number);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{number}: {(int)response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            if (!holders.TryGetValue(number, out var name)) continue;
            found++;
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
            Assert.Contains("\"maskedName\":", text, StringComparison.Ordinal);
            Assert.False((await response.JsonAsync()).TryGetProperty("name", out _), number);
            var id = serial == 1 ? ExportFixture.WithCheck("14090219920115001") : ExportFixture.ExtraIdNumber(serial - 2);
            // Nothing of the ID number is public: not its region, not its birth date, not the whole of it.
            Assert.DoesNotContain(id, text, StringComparison.Ordinal);
            Assert.DoesNotContain(id[..6], text, StringComparison.Ordinal);
            Assert.DoesNotContain(id[6..14], text, StringComparison.Ordinal);
        }
        Assert.Equal(Walk, found);
    }

    [Fact]
    public async Task At_the_default_limit_the_walk_is_stopped_with_429_and_retry_after()
    {
        var permits = new RateLimitOptions().PermitsPerMinute;
        await using var app = WithManyCertificates(permits);
        var holders = Holders(app.ExportPath);
        var client = app.Client();
        var (answered, refused) = (0, 0);
        var clock = Stopwatch.StartNew();
        for (var serial = 1; serial <= Walk; serial++)
        {
            var response = await client.GetAsync("/api/v1/certificates/" + Number(serial));
            var text = await response.Content.ReadAsStringAsync();
            if (holders.TryGetValue(Number(serial), out var name)) Assert.DoesNotContain(name, text, StringComparison.Ordinal);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused++;
                Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "a 429 without Retry-After");
                Assert.Equal("application/problem+json", response.MediaType());
                continue;
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answered++;
        }
        // The bucket holds a minute's permits and refills evenly, so the walk gets those plus what refilled meanwhile.
        var refilled = (int)Math.Ceiling(clock.Elapsed.TotalSeconds + 1) * Math.Max(1, permits / 60);
        Assert.InRange(answered, permits, permits + refilled);
        Assert.Equal(Walk - answered, refused);
    }
}
