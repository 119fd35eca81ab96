using System.Net;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;

namespace SkillCert.Tests.Integration.Api;

public class ReadinessTests
{
    private static async Task<string?> RefusalAsync(HttpClient client)
    {
        var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        return (await response.JsonAsync()).GetProperty("detail").GetString();
    }

    private static async Task RecoversAsync(VerifyApplication app, HttpClient client)
    {
        ExportFixture.Publish(app.ExportPath, p => ExportFixture.Write(p, "recovered"));
        await Eventually.True(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, "the good export is loaded");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber)).StatusCode);
    }

    [Fact]
    public async Task Readyz_reports_the_export_version_date_schema_and_count()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("version-one", body.GetProperty("exportVersion").GetString());
        Assert.Equal("2026-03-01", body.GetProperty("exportedAt").GetString());
        Assert.Equal(ExportSchema.Version, body.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(6, body.GetProperty("certificates").GetInt64());
    }

    [Fact]
    public async Task Healthz_is_200_without_an_export()
    {
        await using var app = new VerifyApplication(withExport: false);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task The_site_is_served_while_no_export_is_loaded()
    {
        await using var app = new VerifyApplication(withExport: false);
        var response = await app.Client().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("评价机构目录", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_export_gives_503_with_the_reason_then_recovers_when_a_file_appears()
    {
        await using var app = new VerifyApplication(withExport: false);
        var client = app.Client();
        Assert.Contains("does not exist", await RefusalAsync(client), StringComparison.Ordinal);
        await RecoversAsync(app, client);
    }

    [Fact]
    public async Task A_truncated_export_is_refused_then_replaced()
    {
        await using var app = new VerifyApplication(writeExport: ExportFixture.WriteTruncated);
        var client = app.Client();
        Assert.Contains("truncated", await RefusalAsync(client), StringComparison.Ordinal);
        await RecoversAsync(app, client);
    }

    [Fact]
    public async Task An_export_of_another_schema_version_is_refused_then_replaced()
    {
        await using var app = new VerifyApplication(writeExport: p => ExportFixture.Write(p, schemaVersion: "4"));
        var client = app.Client();
        Assert.Contains("schema version 4", await RefusalAsync(client), StringComparison.Ordinal);
        await RecoversAsync(app, client);
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused()
    {
        await using var app = new VerifyApplication(writeExport: p => File.WriteAllText(p, new string('x', 4096)));
        Assert.Contains("not an SQLite database", await RefusalAsync(app.Client()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_export_is_refused()
    {
        await using var app = new VerifyApplication(writeExport: ExportFixture.WriteDamaged);
        var detail = await RefusalAsync(app.Client());
        Assert.True(detail!.Contains("damaged", StringComparison.Ordinal) || detail.Contains("cannot be read", StringComparison.Ordinal), detail);
    }

    [Fact]
    public async Task A_locked_export_is_refused_until_the_lock_is_released()
    {
        var folder = Directory.CreateTempSubdirectory("skillcert-lock-").FullName;
        var path = Path.Combine(folder, "locked.db");
        ExportFixture.Write(path);
        var writer = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        writer.Open();
        using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
        }
        await using var app = new VerifyApplication(withExport: false, settings: new Dictionary<string, string?> { ["SkillCert:Export"] = path });
        var client = app.Client();
        Assert.Contains("locked", await RefusalAsync(client), StringComparison.Ordinal);
        writer.Dispose();
        await Eventually.True(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, "the export loads once unlocked");
        Directory.Delete(folder, recursive: true);
    }
}
