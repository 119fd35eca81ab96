using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SQLitePCL;

namespace SkillCert.Generator.Export;

/// <summary>
/// Writes the holder index (<see cref="ExportSchema.HolderIndex"/>) from entries already sorted in its order, instead of
/// <c>CREATE INDEX</c>, whose sort of a million rows on a blob key ran alone at the serial end: 1.1–1.2 s of CPU against
/// 0.3–0.4 s for the same rows appended in order (export-vs-sqlite.sh; docs/benchmarks.md, "The export against the sqlite3
/// floor"). An index of a WITHOUT ROWID table is stored as a B-tree of its columns and then the table's key, which is the
/// very B-tree of a WITHOUT ROWID table whose key is those columns, with the same affinities and collations: the rows go
/// into such a table, at its right edge, and the table's entry in the schema is then renamed into the index's. Tests read
/// the result with <c>PRAGMA integrity_check</c>, which finds every table row in the index.
/// </summary>
internal static unsafe class HolderIndexBuilder
{
    private const string Staging = ExportSchema.HolderIndexName + "_rows";

    // The index's columns with the certificates table's declared types (so the same affinities), then its key.
    private const string StagingTable =
        $"CREATE TABLE {Staging} (id_hash BLOB NOT NULL, holder_name TEXT NOT NULL, number TEXT NOT NULL, " +
        "PRIMARY KEY (id_hash, holder_name, number)) WITHOUT ROWID";

    /// <summary>Adds the index to the export being written on <paramref name="connection"/>, inside its open transaction.</summary>
    public static void Build(SqliteConnection connection, HolderKeys keys)
    {
        keys.Sort();
        Execute(connection, StagingTable);
        using (var insert = SqliteNative.Prepare(connection, $"INSERT INTO {Staging} VALUES (?1, ?2, ?3)"))
        {
            var statement = insert.DangerousGetHandle();
            for (var i = 0; i < keys.Count; i++)
            {
                var at = keys.EntryAt(i);
                var hash = HolderKeys.Next(ref at, out var hashLength);
                var name = HolderKeys.Next(ref at, out var nameLength);
                var number = HolderKeys.Next(ref at, out var numberLength);
                SqliteNative.BindBlob(statement, 1, hash, hashLength, SqliteNative.Static);
                SqliteNative.BindText(statement, 2, name, nameLength, SqliteNative.Static);
                SqliteNative.BindText(statement, 3, number, numberLength, SqliteNative.Static);
                var rc = SqliteNative.Step(statement);
                SqliteNative.Reset(statement);
                if (rc != SqliteNative.Done)
                    throw new SqliteException($"writing the holder index: {raw.sqlite3_errmsg(connection.Handle!).utf8_to_string()}", rc);
            }
            SqliteNative.ClearBindings(statement);
        }
        Execute(connection, "PRAGMA writable_schema = ON");
        using (var rename = connection.CreateCommand())
        {
            rename.CommandText = "UPDATE sqlite_master SET type = 'index', name = $name, tbl_name = 'certificates', sql = $sql WHERE name = $staging";
            rename.Parameters.AddWithValue("$name", ExportSchema.HolderIndexName);
            rename.Parameters.AddWithValue("$sql", ExportSchema.HolderIndex);
            rename.Parameters.AddWithValue("$staging", Staging);
            if (rename.ExecuteNonQuery() != 1) throw new InvalidOperationException("the holder index's staging table is not in the schema");
        }
        Execute(connection, "PRAGMA writable_schema = OFF");
        // A changed schema cookie makes every connection, this one too, read the schema again, now with the index.
        using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA schema_version";
        var cookie = Convert.ToInt64(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        Execute(connection, $"PRAGMA schema_version = {cookie + 1}");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
