using System.Net;
using System.Net.Http.Json;
using SkillCert.Core.Identity;
using SkillCert.Tests.Integration.Api;
using SkillCert.Tests.Integration.Cli;

namespace SkillCert.Tests.Integration.Export;

/// <summary>
/// Rotating the id key as the README says: a new key, a re-export of the rosters with it (the old key given as
/// --previous-id-key, so that rows find their certificates), then the service started with the new key and the new
/// export together.
/// </summary>
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public class IdKeyRotationTests
{
    private static Task<HttpResponseMessage> LookUp(HttpClient client, string name, string id) =>
        client.PostAsJsonAsync(new Uri("/api/v1/lookups", UriKind.Relative), new { name, idNumber = id });

    private static string NewKeyPath(ExportScenario s) => Path.Combine(s.Root, "keys", "id-2.key");

    [Fact]
    public async Task After_a_rotation_the_service_with_the_new_key_finds_the_holder_and_refuses_the_old_key()
    {
        using var s = new ExportScenario();
        var id = s.NewId();
        s.Roster("000001", "2024-2", s.Line(id: id, name: "欧阳娜"));
        Assert.Equal(0, s.Export().ExitCode);
        var number = Assert.Single(s.Column("SELECT number FROM certificates"));

        var newKey = NewKeyPath(s);
        Assert.Equal(0, (await SkillcertProcess.RunAsync("keys", "new", "--id-key", "--out", newKey)).ExitCode);
        var rotated = s.Export(s.Request() with { IdKey = newKey, PreviousIdKey = s.IdKey });
        Assert.Equal(0, rotated.ExitCode);
        Assert.Equal([IdHasher.KeyId(File.ReadAllBytes(newKey))], s.Column("SELECT value FROM meta WHERE key = 'id_key_id'"));

        await using (var service = new VerifyApplication(writeExport: p => File.Copy(s.Out, p), idKey: File.ReadAllBytes(newKey)))
        {
            var found = await (await LookUp(service.Client(), "欧阳娜", id)).JsonAsync();
            Assert.Equal(number, Assert.Single(found.GetProperty("certificates").EnumerateArray()).GetProperty("number").GetString());
        }

        await using var stale = new VerifyApplication(writeExport: p => File.Copy(s.Out, p), idKey: File.ReadAllBytes(s.IdKey));
        var ready = await stale.Client().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("was made with another ID key", (await ready.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rotation_keeps_every_certificate_its_number_where_a_fresh_export_would_renumber()
    {
        using var s = new ExportScenario();
        var first = s.NewId();
        var second = s.NewId();
        s.Roster("000001", "2024-2", s.Line(id: first), s.Line(id: second));
        Assert.Equal(0, s.Export().ExitCode);
        var numbers = s.Column("SELECT number FROM certificates ORDER BY number");

        // The first row leaves the rosters: a fresh export would give the second person the first serial. The first
        // certificate stays, issued, and keeps the hash under the old key, since no row gives its ID number any more.
        s.Roster("000001", "2024-2", s.Line(id: second));
        var newKey = NewKeyPath(s);
        ExportFixture.WriteIdKey(newKey, Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());
        Assert.Equal(0, s.Export(s.Request() with { IdKey = newKey, PreviousIdKey = s.IdKey }).ExitCode);
        Assert.Equal(numbers, s.Column("SELECT number FROM certificates ORDER BY number"));
        Assert.Equal(IdHasher.Compute(File.ReadAllBytes(newKey), second),
            Assert.Single(ExportRows.Blobs(s.Out, $"SELECT id_hash FROM certificates WHERE number = '{numbers[1]}'")));
    }

    [Fact]
    public void A_re_export_with_another_id_key_says_how_to_rotate()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        ExportFixture.WriteIdKey(NewKeyPath(s), new byte[32]);
        var result = s.Export(s.Request() with { IdKey = NewKeyPath(s) });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("把旧密钥用 --previous-id-key 给出", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_previous_id_key_that_is_not_the_exports_is_a_usage_error()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        var wrong = Path.Combine(s.Root, "keys", "wrong.key");
        ExportFixture.WriteIdKey(NewKeyPath(s), new byte[32]);
        File.WriteAllBytes(wrong, Enumerable.Repeat((byte)9, 32).ToArray());
        var result = s.Export(s.Request() with { IdKey = NewKeyPath(s), PreviousIdKey = wrong });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("导出时用的证件号码密钥", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_previous_id_key_without_an_export_to_rotate_is_a_usage_error()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        ExportFixture.WriteIdKey(NewKeyPath(s), new byte[32]);
        var result = s.Export(s.Request() with { IdKey = NewKeyPath(s), PreviousIdKey = s.IdKey });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("没有导出文件", result.Stderr, StringComparison.Ordinal);
    }
}
