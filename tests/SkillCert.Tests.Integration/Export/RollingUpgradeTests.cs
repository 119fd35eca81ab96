using Microsoft.Data.Sqlite;

namespace SkillCert.Tests.Integration.Export;

/// An export of schema version 2, before batches were recorded, is continued by a re-export of this version.
public class RollingUpgradeTests
{
    [Fact]
    public void A_version_2_export_is_continued_with_every_number_kept_and_its_certificates_without_a_batch()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-3", s.Line(issued: "2024-05-01"), s.Line(issued: "2024-06-01"));
        Assert.Equal(0, s.Export().ExitCode);
        var numbers = s.Column("SELECT number FROM certificates ORDER BY number");
        Downgrade(s.Out);

        // One row leaves the rosters and one is added: the first stays, unbatched; the new one follows the old serials.
        s.Roster("000001", "2024-3", s.Line(issued: "2024-06-01", number: numbers[1]), s.Line(issued: "2024-07-01"));
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["3"], s.Column("SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal([$"{numbers[0]}|NULL", $"{numbers[1]}|2024-3", "Y000014000001244000003|2024-3"],
            s.Column("SELECT number || '|' || ifnull(batch, 'NULL') FROM certificates ORDER BY number"));
    }

    // What a version 2 export is: no batch tables, no batch or reissue columns.
    private static void Downgrade(string path)
    {
        using var db = new SqliteConnection($"Data Source={path};Pooling=False");
        db.Open();
        foreach (var sql in new[]
                 {
                     "DROP TABLE batches", "DROP TABLE batch_counts", "ALTER TABLE certificates DROP COLUMN batch",
                     "ALTER TABLE certificates DROP COLUMN replaces", "ALTER TABLE certificates DROP COLUMN replaced_by",
                     "UPDATE meta SET value = '2' WHERE key = 'schema_version'",
                 })
        {
            using var command = db.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
