using System.Security.Cryptography;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Exports;

/// ExportHeader: the one reader of an export's meta, schema version, tables and signing keys.
public class ExportHeaderTests
{
    [Fact]
    public void A_sound_export_reads_its_meta_and_keys_with_no_problem()
    {
        using var key = SigningKey.Create();
        using var db = new HeaderDatabase().Meta(ExportSchema.MetaKeys.IdKeyId, "0123456789abcdef").Key(key);
        var header = db.Read();
        Assert.Empty(header.Problems);
        Assert.True(header.IsReadable);
        Assert.Equal(ExportSchema.Version, header.SchemaVersion);
        Assert.Equal("0123456789abcdef", header.Value(ExportSchema.MetaKeys.IdKeyId));
        Assert.Equal(key.SubjectPublicKeyInfo, Assert.Single(header.Keys).SubjectPublicKeyInfo);
    }

    [Fact]
    public void Keys_come_oldest_first()
    {
        using var older = SigningKey.Create();
        using var newer = SigningKey.Create();
        using var db = new HeaderDatabase().Key(newer, "2025-01-01").Key(older, "2023-01-01", retired: "2025-01-01");
        Assert.Equal([older.KeyId, newer.KeyId], db.Read().Keys.Select(k => k.KeyId));
    }

    [Fact]
    public void Keys_written_through_the_key_table_read_back_with_their_dates()
    {
        using var older = SigningKey.Create();
        using var newer = SigningKey.Create();
        var written = new[]
        {
            PublishedKey.FromSpki(older.SubjectPublicKeyInfo, new DateOnly(2023, 1, 1), new DateOnly(2025, 1, 1)),
            PublishedKey.FromSpki(newer.SubjectPublicKeyInfo, new DateOnly(2025, 1, 1)),
        };
        using var db = new HeaderDatabase();
        ExportKeyTable.Insert(db.Connection, written);
        Assert.Equal(written.Select(k => (k.KeyId, k.ValidFrom, k.Retired)), db.Read().Keys.Select(k => (k.KeyId, k.ValidFrom, k.Retired)));
    }

    [Fact]
    public void A_database_without_a_meta_table_is_not_an_export()
    {
        using var db = new HeaderDatabase(withTables: false);
        var problem = Assert.Single(db.Read().Problems);
        Assert.Equal(ExportProblemKind.NotAnExport, problem.Kind);
        Assert.True(problem.IsFatal);
    }

    [Fact]
    public void An_export_that_states_no_schema_version_cannot_be_read()
    {
        using var db = new HeaderDatabase(schemaVersion: null);
        var problem = Assert.Single(db.Read().Problems);
        Assert.Equal((ExportProblemKind.UnreadableVersion, null), (problem.Kind, problem.FoundVersion));
        Assert.Contains("no schema version", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_version_this_build_does_not_read_is_reported_with_the_version_found_and_the_ones_it_reads()
    {
        using var db = new HeaderDatabase(schemaVersion: "99");
        var header = db.Read();
        var problem = Assert.Single(header.Problems);
        Assert.Equal((ExportProblemKind.UnreadableVersion, "99"), (problem.Kind, problem.FoundVersion));
        Assert.Equal("has schema version 99; this build reads versions 1, 2, 3", problem.MessageEn);
        Assert.False(header.IsReadable);
        Assert.Null(header.SchemaVersion);
    }

    [Fact]
    public void A_schema_version_that_is_not_a_number_cannot_be_read()
    {
        using var db = new HeaderDatabase(schemaVersion: " 1");
        Assert.Equal(ExportProblemKind.UnreadableVersion, Assert.Single(db.Read().Problems).Kind);
    }

    [Fact]
    public void A_version_this_build_reads_is_refused_when_the_caller_reads_only_others()
    {
        using var db = new HeaderDatabase();
        var problem = Assert.Single(ExportHeader.Read(db.Connection, [ExportSchema.Version + 1]).Problems);
        Assert.Equal(ExportProblemKind.UnreadableVersion, problem.Kind);
    }

    [Fact]
    public void Every_version_this_build_reads_has_its_keys_read()
    {
        using var key = SigningKey.Create();
        foreach (var version in ExportSchema.ReadableVersions)
        {
            using var db = new HeaderDatabase(version.ToString(System.Globalization.CultureInfo.InvariantCulture)).Key(key);
            var header = db.Read();
            Assert.Empty(header.Problems);
            Assert.Equal(key.KeyId, Assert.Single(header.Keys).KeyId);
        }
    }

    [Fact]
    public void A_version_2_export_without_the_batch_tables_reads_with_no_batches()
    {
        using var db = new HeaderDatabase(schemaVersion: "2").Drop("batches").Drop("batch_counts");
        var header = db.Read();
        Assert.Empty(header.Problems);
        Assert.Empty(ExportBatchTable.Read(db.Connection, header.SchemaVersion!.Value));
    }

    [Fact]
    public void A_version_3_export_without_the_batch_tables_lacks_tables()
    {
        using var db = new HeaderDatabase(schemaVersion: "3").Drop("batch_counts");
        var problem = Assert.Single(db.Read().Problems);
        Assert.Equal(ExportProblemKind.MissingTables, problem.Kind);
        Assert.Contains("batch_counts", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_read_after_a_version_this_build_does_not_read()
    {
        using var key = SigningKey.Create();
        using var db = new HeaderDatabase(schemaVersion: "99").Key(key);
        Assert.Empty(db.Read().Keys);
    }

    [Fact]
    public void A_version_1_export_without_the_revoked_column_reads_with_no_key_revoked()
    {
        using var key = SigningKey.Create();
        using var db = new HeaderDatabase(schemaVersion: "1").Drop("signing_keys")
            .Create("CREATE TABLE signing_keys (key_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, valid_from TEXT NOT NULL, retired TEXT) WITHOUT ROWID")
            .Insert("INSERT INTO signing_keys VALUES ($1, $2, '2024-01-01', NULL)", key.KeyId, Convert.ToBase64String(key.SubjectPublicKeyInfo));
        var header = db.Read();
        Assert.Empty(header.Problems);
        Assert.Null(Assert.Single(header.Keys).Revoked);
    }

    [Fact]
    public void A_revoked_key_reads_with_its_revocation_date()
    {
        using var key = SigningKey.Create();
        using var db = new HeaderDatabase().KeyRow(key.KeyId, Convert.ToBase64String(key.SubjectPublicKeyInfo), retired: "2025-01-01", revoked: "2025-02-01");
        Assert.Equal(new DateOnly(2025, 2, 1), Assert.Single(db.Read().Keys).Revoked);
    }

    [Fact]
    public void A_missing_table_is_named()
    {
        using var db = new HeaderDatabase().Drop("institutions");
        var problem = Assert.Single(db.Read().Problems);
        Assert.Equal(ExportProblemKind.MissingTables, problem.Kind);
        Assert.Equal("lacks the table(s) institutions", problem.MessageEn);
        Assert.True(problem.IsFatal);
    }

    [Fact]
    public void A_key_whose_id_is_not_its_public_keys_is_left_out_and_reported()
    {
        using var key = SigningKey.Create();
        using var db = new HeaderDatabase().KeyRow("0000000000000000", Convert.ToBase64String(key.SubjectPublicKeyInfo));
        var header = db.Read();
        var problem = Assert.Single(header.Problems);
        Assert.Equal((ExportProblemKind.KeyIdMismatch, "0000000000000000"), (problem.Kind, problem.KeyId));
        Assert.Contains(key.KeyId, problem.Message, StringComparison.Ordinal);
        Assert.Empty(header.Keys);
    }

    [Fact]
    public void A_damaged_key_leaves_the_other_keys_usable()
    {
        using var good = SigningKey.Create();
        using var db = new HeaderDatabase().Key(good).KeyRow("0000000000000000", "not base64!");
        var header = db.Read();
        Assert.True(header.IsReadable);
        Assert.False(Assert.Single(header.Problems).IsFatal);
        Assert.Equal(good.KeyId, Assert.Single(header.Keys).KeyId);
    }

    [Fact]
    public void A_key_that_is_not_base64_cannot_be_read()
    {
        using var db = new HeaderDatabase().KeyRow("0000000000000000", "not base64!");
        Assert.Equal(ExportProblemKind.UnreadableKey, Assert.Single(db.Read().Problems).Kind);
    }

    [Fact]
    public void A_key_on_another_curve_than_P256_cannot_be_read()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var spki = p384.ExportSubjectPublicKeyInfo();
        using var db = new HeaderDatabase().KeyRow(KeyIds.Of(spki), Convert.ToBase64String(spki));
        var problem = Assert.Single(db.Read().Problems);
        Assert.Equal(ExportProblemKind.UnreadableKey, problem.Kind);
        Assert.Contains("not a P-256 public key", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_with_a_date_that_is_not_yyyy_MM_dd_cannot_be_read()
    {
        using var key = SigningKey.Create();
        using var db = new HeaderDatabase().Key(key, validFrom: "2024/01/01");
        var problem = Assert.Single(db.Read().Problems);
        Assert.Equal((ExportProblemKind.UnreadableKey, key.KeyId), (problem.Kind, problem.KeyId));
    }
}
