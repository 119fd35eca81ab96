using System.Text.Json;
using SkillCert.Core.Signing;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// `skillcert build --export`: statistics per institution, the two-year inactivity rule and the published keys.
public class ExportBuildTests
{
    private static ContentTree TwoInstitutions()
    {
        var tree = new ContentTree();
        tree.Institution(1, filedOn: "2020-06-01", extra: "events:\n  - {on: 2023-05-20, type: renewed, valid_until: 2026-05-31}");
        tree.Institution(2, filedOn: "2020-06-01", extra: "events:\n  - {on: 2023-05-20, type: renewed, valid_until: 2026-05-31}");
        return tree;
    }

    [Fact]
    public void An_institution_page_shows_certificates_per_year_and_level()
    {
        using var tree = TwoInstitutions();
        var export = new ExportFixture().Certificates("000001", 2021, 5, 3).Certificates("000001", 2021, 3, 1).Certificates("000001", 2023, 4, 2)
            .Write(Path.Combine(tree.Root, "certificates.db"));
        SiteBuild.Succeed(tree, export: export);
        var html = SiteBuild.Read(tree, "catalogue/000001/index.html");
        Assert.Contains("共颁发 6 本证书", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2021</th><td>3</td><td>0</td><td>1</td><td>0</td><td>0</td><td>4</td>", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(SiteBuild.Read(tree, "catalogue/000001/index.json"));
        Assert.Equal(6, json.RootElement.GetProperty("certificates").GetProperty("total").GetInt32());
    }

    [Fact]
    public void Two_calendar_years_without_certificates_count_as_withdrawal()
    {
        using var tree = TwoInstitutions();
        var export = new ExportFixture().Certificates("000001", 2021, 5, 1).Certificates("000001", 2022, 5, 1).Certificates("000001", 2023, 5, 1)
            .Certificates("000001", 2024, 5, 1).Certificates("000002", 2021, 5, 1).Write(Path.Combine(tree.Root, "certificates.db"));
        SiteBuild.Succeed(tree, export: export);
        using var json = JsonDocument.Parse(SiteBuild.Read(tree, "data/catalogue.json"));
        var statuses = json.RootElement.GetProperty("institutions").EnumerateArray()
            .ToDictionary(i => i.GetProperty("seq").GetString()!, i => i.GetProperty("status").GetProperty("slug").GetString());
        Assert.Equal("active", statuses["000001"]);
        Assert.Equal("withdrawn", statuses["000002"]);
        Assert.Contains("视同退出", SiteBuild.Read(tree, "catalogue/000002/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_json_publishes_every_key_retired_ones_included()
    {
        using var tree = TwoInstitutions();
        using var old = SigningKey.Create();
        using var current = SigningKey.Create();
        var export = new ExportFixture().Key(old, "2023-01-01", retired: "2024-01-01").Key(current, "2024-01-01")
            .Write(Path.Combine(tree.Root, "certificates.db"));
        SiteBuild.Succeed(tree, export: export);
        using var json = JsonDocument.Parse(SiteBuild.Read(tree, "keys.json"));
        var keys = json.RootElement.GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal([old.KeyId, current.KeyId], keys.Select(k => k.GetProperty("kid").GetString()));
        Assert.Equal("2024-01-01", keys[0].GetProperty("retired").GetString());
        Assert.Equal(JsonValueKind.Null, keys[1].GetProperty("retired").ValueKind);
        var jwk = keys[1].GetProperty("jwk");
        Assert.Equal(("EC", "P-256", current.KeyId), (jwk.GetProperty("kty").GetString(), jwk.GetProperty("crv").GetString(), jwk.GetProperty("kid").GetString()));
    }

    [Fact]
    public void Keys_json_carries_each_keys_revocation_date_and_null_for_the_others()
    {
        using var tree = TwoInstitutions();
        using var leaked = SigningKey.Create();
        using var current = SigningKey.Create();
        var export = new ExportFixture().Key(leaked, "2023-01-01", retired: "2024-01-01", revoked: "2024-06-01").Key(current, "2024-01-01")
            .Write(Path.Combine(tree.Root, "certificates.db"));
        SiteBuild.Succeed(tree, export: export);
        using var json = JsonDocument.Parse(SiteBuild.Read(tree, "keys.json"));
        var keys = json.RootElement.GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal([leaked.KeyId, current.KeyId], keys.Select(k => k.GetProperty("kid").GetString()));
        Assert.Equal("2024-06-01", keys[0].GetProperty("revoked").GetString());
        Assert.Equal(JsonValueKind.Null, keys[1].GetProperty("revoked").ValueKind);
    }

    [Fact]
    public void The_export_is_opened_read_only_and_left_unchanged()
    {
        using var tree = TwoInstitutions();
        var export = new ExportFixture().Certificates("000001", 2021, 5, 1).Write(Path.Combine(tree.Root, "certificates.db"));
        var before = File.ReadAllBytes(export);
        SiteBuild.Succeed(tree, export: export);
        Assert.Equal(before, File.ReadAllBytes(export));
        Assert.False(File.Exists(export + "-wal") || File.Exists(export + "-journal"));
    }

    [Fact]
    public void An_export_of_another_schema_version_is_refused()
    {
        using var tree = TwoInstitutions();
        var export = new ExportFixture().Write(Path.Combine(tree.Root, "certificates.db"), schemaVersion: 99);
        var (result, bag) = SiteBuild.Run(tree, export: export);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("99", Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.BadExport).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_of_an_institution_the_catalogue_does_not_list_are_a_warning()
    {
        using var tree = TwoInstitutions();
        var export = new ExportFixture().Certificates("000009", 2021, 5, 1).Write(Path.Combine(tree.Root, "certificates.db"));
        var (result, bag) = SiteBuild.Run(tree, export: export);
        Assert.True(result.Succeeded);
        Assert.False(Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.ExportMismatch).IsError);
    }
}
