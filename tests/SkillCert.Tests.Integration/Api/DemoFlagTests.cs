using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;

namespace SkillCert.Tests.Integration.Api;

/// <summary>An export of invented sample data says so in every JSON answer ("demo": true); a real one says nothing.</summary>
public class DemoFlagTests
{
    /// <summary>The export as a demo build writes it: the site record with "demo": true.</summary>
    private static void WriteDemo(string path)
    {
        ExportFixture.Write(path);
        var site = JsonNode.Parse(ExportFixture.Site.ToJson())!;
        site["demo"] = true;
        SetMeta(path, ExportSchema.MetaKeys.Site, site.ToJsonString());
    }

    private static void SetMeta(string path, string key, string value)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO meta VALUES ($key, $value)";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    private static async Task<List<JsonElement>> AnswersAsync(VerifyApplication app)
    {
        var client = app.Client();
        var answers = new List<JsonElement>();
        foreach (var address in new[] { "/api/v1/certificates/" + ExportFixture.ValidNumber, "/api/v1/certificates/" + ExportFixture.UnknownNumber, "/api/v1/certificates/X0000", "/readyz" })
            answers.Add(await (await client.GetAsync(address)).JsonAsync());
        using var body = new StringContent($"{{\"name\":\"{ExportFixture.ZhangName}\",\"idNumber\":\"{ExportFixture.ZhangId}\"}}", Encoding.UTF8, "application/json");
        var lookup = await client.PostAsync(new Uri("/api/v1/lookups", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        answers.Add(await lookup.JsonAsync());
        return answers;
    }

    [Fact]
    public async Task Every_json_answer_about_a_demo_export_says_demo()
    {
        await using var app = new VerifyApplication(writeExport: WriteDemo);
        Assert.All(await AnswersAsync(app), a => Assert.True(a.GetProperty("demo").GetBoolean(), a.ToString()));
    }

    [Fact]
    public async Task A_demo_key_of_its_own_in_the_meta_table_is_read_too()
    {
        await using var app = new VerifyApplication(writeExport: path =>
        {
            ExportFixture.Write(path);
            SetMeta(path, "demo", "true");
        });
        Assert.All(await AnswersAsync(app), a => Assert.True(a.GetProperty("demo").GetBoolean(), a.ToString()));
    }

    [Fact]
    public async Task A_real_export_carries_no_demo_member()
    {
        await using var app = new VerifyApplication();
        Assert.All(await AnswersAsync(app), a => Assert.False(a.TryGetProperty("demo", out _), a.ToString()));
    }
}
