using System.Net;
using Microsoft.Data.Sqlite;
using SkillCert.Tests.Integration.Api;

namespace SkillCert.Tests.Integration.Faults;

/// <summary>
/// The service started over an export that is missing, cut short, locked, of another schema, not a database, or cut
/// short on a full read-only disk: it must start, say why at /readyz (503), keep serving the static site, answer
/// certificate queries with a clean 503, and take a good export as soon as one appears. The Api tests prove the
/// recovery for each fault; these prove the site and the rest stay up meanwhile, and cover the full disk.
/// </summary>
public class StartupFaultTests
{
    private const string Certificate = "/api/v1/certificates/" + ExportFixture.ValidNumber;

    public static TheoryData<string, string> Faults => new()
    {
        { "missing", "does not exist" },
        { "truncated", "truncated" },
        { "locked", "locked" },
        { "wrong-schema", "schema version 4" },
        { "not-sqlite", "not an SQLite database" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Whatever_is_wrong_with_the_export_the_service_starts_and_keeps_serving_the_site(string fault, string reason)
    {
        SqliteConnection? holder = null;
        Action<string>? write = fault switch
        {
            "truncated" => ExportFixture.WriteTruncated,
            "wrong-schema" => p => ExportFixture.Write(p, schemaVersion: "4"),
            "not-sqlite" => p => File.WriteAllBytes(p, new byte[8192]),
            "locked" => p =>
            {
                ExportFixture.Write(p);
                holder = Lock(p);
            },
            _ => null,
        };
        try
        {
            await using var app = new VerifyApplication(realKestrel: true, withExport: write is not null, writeExport: write);
            var client = app.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            var ready = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains(reason, (await ready.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
            await AssertSiteServed(client);
            var query = await client.GetAsync(Certificate);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, query.StatusCode);
            Assert.Equal("application/problem+json", query.MediaType());
        }
        finally
        {
            holder?.Dispose();
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_export_cut_short_on_a_full_read_only_disk_is_refused_and_a_good_one_is_served_from_that_disk_later()
    {
        using var disk = SmallDisk.Create(2 * 1024 * 1024);
        var good = Path.Combine(Directory.CreateTempSubdirectory("skillcert-good-").FullName, "certificates.db");
        ExportFixture.Write(good, "full-disk", extraCertificates: 2000);
        var copied = disk.CopyOntoFullDisk(good, "certificates.db");
        Assert.InRange(copied, 1, new FileInfo(good).Length - 1);
        disk.MakeReadOnly();
        if (disk.IsRealDisk || !Environment.IsPrivilegedProcess) Assert.True(disk.RefusesWrites(), "the disk should refuse writes");

        var export = Path.Combine(disk.Path, "certificates.db");
        await using var app = new VerifyApplication(realKestrel: true, withExport: false,
            settings: new Dictionary<string, string?> { ["SkillCert:Export"] = export });
        var client = app.Client();
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("truncated", (await ready.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertSiteServed(client);

        // The operator frees the space, publishes a whole export by rename, and the disk goes back to read-only.
        disk.MakeWritable();
        disk.Free();
        ExportFixture.Publish(export, p => File.Copy(good, p));
        disk.MakeReadOnly();
        await Eventually.True(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, "the good export is loaded from the read-only disk");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Certificate)).StatusCode);
        Directory.Delete(Path.GetDirectoryName(good)!, recursive: true);
    }

    private static async Task AssertSiteServed(HttpClient client)
    {
        var site = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, site.StatusCode);
        Assert.Contains("评价机构目录", await site.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Another process's view of the file: a connection that holds an exclusive lock until disposed.</summary>
    private static SqliteConnection Lock(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        connection.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE";
        begin.ExecuteNonQuery();
        return connection;
    }
}
