using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Integration.Export;

/// `skillcert export --revoke-key`: a leaked key is published as revoked, stays revoked in every later export, and a
/// revocation alone (no roster changed) gives the export a new content hash, so the service loads it.
public class KeyRevocationTests
{
    private static readonly DateOnly AsOf = DateOnly.Parse(ExportScenario.AsOf, System.Globalization.CultureInfo.InvariantCulture);

    private static string KeyIdOf(string pemPath)
    {
        using var key = SigningKey.FromPem(File.ReadAllText(pemPath));
        return key.KeyId;
    }

    private static string ContentHash(ExportScenario s) =>
        Assert.Single(s.Column($"SELECT value FROM meta WHERE key = '{ExportSchema.MetaKeys.ContentHash}'"));

    [Fact]
    public void A_revoked_key_is_published_as_revoked_and_retired_as_of_the_export()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        var leaked = KeyIdOf(s.SigningKey);
        Assert.Equal(0, s.Export().ExitCode);
        var result = s.Revoking([leaked], s.NewSigningKey("next.pem"));
        Assert.Equal(0, result.ExitCode);
        var key = s.PublishedKeys().Single(k => k.KeyId == leaked);
        Assert.Equal((AsOf, AsOf), (key.Retired, key.Revoked));
        Assert.Contains($"{leaked}（{ExportScenario.AsOf} 吊销）", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revocation_persists_in_a_later_export_that_does_not_name_the_key()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        var leaked = KeyIdOf(s.SigningKey);
        var next = s.NewSigningKey("next.pem");
        Assert.Equal(0, s.Revoking([leaked], s.SigningKey, next).ExitCode);
        Assert.Equal(0, s.Export(next).ExitCode);
        Assert.Equal(AsOf, s.PublishedKeys().Single(k => k.KeyId == leaked).Revoked);
    }

    [Fact]
    public void A_revocation_alone_gives_the_export_a_new_content_hash()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        var old = s.SigningKey;
        var next = s.NewSigningKey("next.pem");
        Assert.Equal(0, s.Export(old, next).ExitCode);
        var before = ContentHash(s);
        Assert.Equal(0, s.Export(next).ExitCode);
        Assert.Equal(before, ContentHash(s));
        Assert.Equal(0, s.Revoking([KeyIdOf(old)], next).ExitCode);
        Assert.NotEqual(before, ContentHash(s));
    }

    [Fact]
    public void Revoking_the_current_key_is_a_usage_error_and_leaves_the_export_untouched()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        var before = File.ReadAllBytes(s.Out);
        var result = s.Revoking([KeyIdOf(s.SigningKey)]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--revoke-key", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("这是当前密钥", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(s.Out));
    }

    [Fact]
    public void A_revoked_key_given_again_as_the_current_key_is_a_usage_error()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        var next = s.NewSigningKey("next.pem");
        Assert.Equal(0, s.Revoking([KeyIdOf(s.SigningKey)], s.SigningKey, next).ExitCode);
        var result = s.Export(s.SigningKey);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("吊销", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_of_schema_version_1_is_continued_with_its_keys_and_numbers()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        var numbers = s.Column("SELECT number FROM certificates");
        var first = Assert.Single(s.PublishedKeys());
        // Version 1 as it was written: no revoked column, schema_version 1.
        using (var db = new SqliteConnection($"Data Source={s.Out};Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = $"ALTER TABLE signing_keys DROP COLUMN revoked; UPDATE meta SET value = '1' WHERE key = '{ExportSchema.MetaKeys.SchemaVersion}'";
            command.ExecuteNonQuery();
        }
        s.Roster("000001", "2024-3", s.Line());
        Assert.Equal(0, s.Export(s.SigningKey).ExitCode);
        Assert.Equal([ExportSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            s.Column($"SELECT value FROM meta WHERE key = '{ExportSchema.MetaKeys.SchemaVersion}'"));
        var kept = Assert.Single(s.PublishedKeys());
        Assert.Equal((first.KeyId, first.ValidFrom, first.Retired, (DateOnly?)null), (kept.KeyId, kept.ValidFrom, kept.Retired, kept.Revoked));
        Assert.Equal(numbers[0], s.Column("SELECT number FROM certificates ORDER BY number")[0]);
    }
}
