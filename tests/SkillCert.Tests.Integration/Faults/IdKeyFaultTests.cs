using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SkillCert.Tests.Integration.Api;

namespace SkillCert.Tests.Integration.Faults;

/// <summary>
/// The ID key and the export are a pair. At start-up the service refuses a key file that others may read (the ID-number
/// space is small, so a leaked key gives every ID number away), following symlinks to the file itself as a Kubernetes
/// Secret mount has; and it refuses an export made with another ID key, at start-up and on a swap, instead of answering
/// "not found" to every lookup.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class IdKeyFaultTests
{
    private const string Certificate = "/api/v1/certificates/" + ExportFixture.ValidNumber;

    /// <summary>Another key, as after a rotation; the fixture's exports made with it hash every ID number differently.</summary>
    private static readonly byte[] OtherKey = Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray();

    private static Task<HttpResponseMessage> LookUpZhang(HttpClient client) =>
        client.PostAsJsonAsync(new Uri("/api/v1/lookups", UriKind.Relative), new { name = ExportFixture.ZhangName, idNumber = ExportFixture.ZhangId });

    private static async Task<string> NotReadyBecause(HttpClient client)
    {
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        return (await ready.JsonAsync()).GetProperty("detail").GetString()!;
    }

    private static UnixFileMode Mode(string octal) => (UnixFileMode)Convert.ToInt32(octal, 8);

    /// <summary>An id.key of the given mode in the application's folder.</summary>
    private static Func<string, string> KeyFile(string mode) => folder =>
    {
        var path = Path.Combine(folder, "id.key");
        ExportFixture.WriteIdKey(path, mode: Mode(mode));
        return path;
    };

    /// <summary>The layout kubelet gives a Secret: id.key → ..data/id.key, ..data → a dated folder holding the file.</summary>
    private static Func<string, string> SecretMount(string mode) => folder =>
    {
        var secret = Directory.CreateDirectory(Path.Combine(folder, "secret")).FullName;
        var dated = Directory.CreateDirectory(Path.Combine(secret, "..2026_03_01_12_00_00.000000001")).FullName;
        ExportFixture.WriteIdKey(Path.Combine(dated, "id.key"), mode: Mode(mode));
        Directory.CreateSymbolicLink(Path.Combine(secret, "..data"), Path.GetFileName(dated));
        File.CreateSymbolicLink(Path.Combine(secret, "id.key"), Path.Combine("..data", "id.key"));
        return Path.Combine(secret, "id.key");
    };

    [Theory]
    [InlineData("0400")]
    [InlineData("0440")]
    [InlineData("0600")]
    public async Task A_key_file_readable_only_by_its_owner_or_group_is_used(string mode)
    {
        await using var app = new VerifyApplication(placeIdKey: KeyFile(mode));
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(2, (await (await LookUpZhang(client)).JsonAsync()).GetProperty("found").GetInt32());
    }

    [Theory]
    [InlineData("0644")]
    [InlineData("0640")]
    [InlineData("0604")]
    [InlineData("0660")]
    [InlineData("0700")]
    public async Task A_key_file_others_may_read_or_write_is_refused_with_its_mode_and_the_chmod_to_run(string mode)
    {
        await using var app = new VerifyApplication(placeIdKey: KeyFile(mode));
        var client = app.Client();
        var reason = await NotReadyBecause(client);
        Assert.Contains($"the ID key file id.key has mode {mode}", reason, StringComparison.Ordinal);
        Assert.Contains("chmod 0400 id.key", reason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await LookUpZhang(client)).StatusCode);
    }

    [Fact]
    public async Task A_refused_key_leaves_certificates_answering_by_number()
    {
        await using var app = new VerifyApplication(placeIdKey: KeyFile("0644"));
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync(Certificate)).StatusCode);
    }

    [Fact]
    public async Task The_refusal_is_logged_with_the_key_files_full_path()
    {
        await using var app = new VerifyApplication(placeIdKey: KeyFile("0644"));
        await NotReadyBecause(app.Client());
        Assert.Contains(app.Logs, l => l.Contains($"{app.IdKeyPath}: 错误 SC9013: 证件号码密钥文件 {app.IdKeyPath} 的权限是 0644", StringComparison.Ordinal)
            && l.Contains($"chmod 0400 {app.IdKeyPath}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_mounted_as_a_Kubernetes_Secret_is_followed_through_its_symlinks_and_used()
    {
        await using var app = new VerifyApplication(placeIdKey: SecretMount("0400"));
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(2, (await (await LookUpZhang(client)).JsonAsync()).GetProperty("found").GetInt32());
    }

    [Fact]
    public async Task Through_a_symlink_the_mode_checked_is_the_key_files_own()
    {
        // Kubernetes' default defaultMode is 0644; the symlinks themselves always show 0777.
        await using var app = new VerifyApplication(placeIdKey: SecretMount("0644"));
        Assert.Contains("has mode 0644", await NotReadyBecause(app.Client()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_start_up_an_export_made_with_another_ID_key_is_refused()
    {
        await using var app = new VerifyApplication(writeExport: p => ExportFixture.Write(p, idKey: OtherKey));
        var client = app.Client();
        var reason = await NotReadyBecause(client);
        Assert.Contains("was made with another ID key", reason, StringComparison.Ordinal);
        Assert.Contains(Core.Identity.IdHasher.KeyId(OtherKey), reason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await LookUpZhang(client)).StatusCode);
    }

    [Fact]
    public async Task A_swapped_in_export_made_with_another_ID_key_is_refused_and_the_one_in_service_keeps_finding_holders()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        ExportFixture.Publish(app.ExportPath, p => ExportFixture.Write(p, "other-key", idKey: OtherKey));
        await Eventually.True(async () => (await (await client.GetAsync("/readyz")).JsonAsync()).GetProperty("lastRefusal") is
            { ValueKind: JsonValueKind.Object } refusal && refusal.GetProperty("reason").GetString()!.Contains("another ID key", StringComparison.Ordinal),
            "the export made with another ID key is refused");
        var ready = await (await client.GetAsync("/readyz")).JsonAsync();
        Assert.Equal("version-one", ready.GetProperty("exportVersion").GetString());
        Assert.Equal(2, (await (await LookUpZhang(client)).JsonAsync()).GetProperty("found").GetInt32());
    }

    [Fact]
    public async Task An_export_that_names_no_ID_key_is_refused_when_a_key_is_configured()
    {
        await using var app = new VerifyApplication(writeExport: p =>
        {
            ExportFixture.Write(p);
            using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = p, Pooling = false }.ConnectionString);
            db.Open();
            using var delete = db.CreateCommand();
            delete.CommandText = "DELETE FROM meta WHERE key = 'id_key_id'";
            delete.ExecuteNonQuery();
        });
        Assert.Contains("names no ID key", await NotReadyBecause(app.Client()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_ID_key_an_export_of_any_ID_key_is_served()
    {
        await using var app = new VerifyApplication(withIdKey: false, writeExport: p => ExportFixture.Write(p, idKey: OtherKey));
        var ready = await app.Client().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.False((await ready.JsonAsync()).GetProperty("lookups").GetBoolean());
    }
}
