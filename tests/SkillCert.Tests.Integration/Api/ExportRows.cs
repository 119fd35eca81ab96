using Microsoft.Data.Sqlite;

namespace SkillCert.Tests.Integration.Api;

/// <summary>Reads an export file in tests, read-only: what a query returns in its first column, or its first two as pairs.</summary>
public static class ExportRows
{
    public static List<string> Column(string export, string sql) => Read(export, sql, r => r.GetString(0));

    public static List<byte[]> Blobs(string export, string sql) => Read(export, sql, r => (byte[])r.GetValue(0));

    public static Dictionary<string, string> Pairs(string export, string sql) =>
        Read(export, sql, r => (r.GetString(0), r.GetString(1))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    private static List<T> Read<T>(string export, string sql, Func<SqliteDataReader, T> row)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = export, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(row(reader));
        return rows;
    }
}
