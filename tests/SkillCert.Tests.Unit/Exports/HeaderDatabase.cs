using System.Globalization;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Exports;

/// An export in memory, made from the published schema, that each test spoils in one way before reading its header.
internal sealed class HeaderDatabase : IDisposable
{
    public HeaderDatabase(string? schemaVersion = "3", bool withTables = true)
    {
        Connection = new SqliteConnection("Data Source=:memory:");
        Connection.Open();
        if (!withTables) return;
        foreach (var statement in ExportSchema.CreateStatements) Execute(statement);
        if (schemaVersion is not null) Meta(ExportSchema.MetaKeys.SchemaVersion, schemaVersion);
        Meta(ExportSchema.MetaKeys.ExportedAt, "2025-06-30");
    }

    public SqliteConnection Connection { get; }

    public HeaderDatabase Meta(string key, string value)
    {
        Execute("INSERT OR REPLACE INTO meta VALUES ($1, $2)", key, value);
        return this;
    }

    /// A key row exactly as given, so that a test can write one the export writer never would.
    public HeaderDatabase KeyRow(string keyId, string publicKey, string validFrom = "2024-01-01", string? retired = null, string? revoked = null)
    {
        Execute("INSERT INTO signing_keys VALUES ($1, $2, $3, $4, $5)", keyId, publicKey, validFrom, retired, revoked);
        return this;
    }

    public HeaderDatabase Key(SigningKey key, string validFrom = "2024-01-01", string? retired = null) =>
        KeyRow(key.KeyId, Convert.ToBase64String(key.SubjectPublicKeyInfo), validFrom, retired);

    /// A statement of the test's own, such as an older schema's table.
    public HeaderDatabase Create(string sql)
    {
        Execute(sql);
        return this;
    }

    public HeaderDatabase Insert(string sql, params object?[] values)
    {
        Execute(sql, values);
        return this;
    }

    public HeaderDatabase Drop(string table)
    {
        Execute($"DROP TABLE {table}");
        return this;
    }

    public ExportHeader Read() => ExportHeader.Read(Connection);

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Execute(string sql, params object?[] values)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue("$" + (i + 1).ToString(CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();
}
