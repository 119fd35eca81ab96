using System.Globalization;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>Reads the parts of a certificate export that the public site shows; the file is opened read-only and never changed.</summary>
public static class ExportReader
{
    public static ExportSnapshot? Read(string path, DiagnosticBag bag)
    {
        var at = SourceSpot.OfFile(path);
        if (!File.Exists(path))
        {
            bag.Error(DiagnosticCodes.BadExport, at, "the export file does not exist; pass the .db file that 'skillcert export' wrote");
            return null;
        }
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ConnectionString);
            connection.Open();
            var meta = ReadMeta(connection);
            var version = meta.GetValueOrDefault(ExportSchema.MetaKeys.SchemaVersion);
            if (version != ExportSchema.Version.ToString(CultureInfo.InvariantCulture))
            {
                bag.Error(DiagnosticCodes.BadExport, at,
                    $"the export has schema version \"{version}\"; this build reads version {ExportSchema.Version}; export again with this version of skillcert");
                return null;
            }
            var keys = ReadKeys(connection, path, bag);
            var statistics = ReadStatistics(connection);
            return new ExportSnapshot(path, meta.GetValueOrDefault(ExportSchema.MetaKeys.ExportedAt) ?? "", statistics, keys);
        }
        catch (SqliteException e)
        {
            bag.Error(DiagnosticCodes.BadExport, at, $"cannot read the export: {e.Message}; is it a file that 'skillcert export' wrote?");
            return null;
        }
    }

    private static Dictionary<string, string> ReadMeta(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM meta";
        using var reader = command.ExecuteReader();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) meta[reader.GetString(0)] = reader.GetString(1);
        return meta;
    }

    private static List<PublishedKey> ReadKeys(SqliteConnection connection, string path, DiagnosticBag bag)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_id, public_key, valid_from, retired, revoked FROM signing_keys ORDER BY valid_from, key_id";
        using var reader = command.ExecuteReader();
        var keys = new List<PublishedKey>();
        while (reader.Read())
        {
            var keyId = reader.GetString(0);
            try
            {
                var key = PublishedKey.FromSpki(Convert.FromBase64String(reader.GetString(1)), Day(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : Day(reader.GetString(3)), reader.IsDBNull(4) ? null : Day(reader.GetString(4)));
                key.ToJwk();
                if (key.KeyId != keyId)
                    bag.Error(DiagnosticCodes.BadExport, SourceSpot.OfFile(path), $"signing key \"{keyId}\" has the id {key.KeyId} by its public key; the export is damaged");
                else keys.Add(key);
            }
            catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
            {
                bag.Error(DiagnosticCodes.BadExport, SourceSpot.OfFile(path), $"signing key \"{keyId}\" cannot be read: {e.Message}");
            }
        }
        return keys;
    }

    private static Dictionary<string, InstitutionStatistics> ReadStatistics(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT institution, CAST(substr(issued_on, 1, 4) AS INTEGER) AS year, level, COUNT(*)
            FROM certificates
            GROUP BY institution, year, level
            ORDER BY institution, year, level
            """;
        using var reader = command.ExecuteReader();
        var years = new Dictionary<string, SortedDictionary<int, int[]>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var seq = reader.GetString(0);
            var year = reader.GetInt32(1);
            var level = reader.GetInt32(2);
            if (!years.TryGetValue(seq, out var byYear)) years[seq] = byYear = [];
            if (!byYear.TryGetValue(year, out var counts)) byYear[year] = counts = new int[6];
            counts[level] = reader.GetInt32(3);
        }
        return years.ToDictionary(p => p.Key,
            p => new InstitutionStatistics(p.Key, p.Value.Select(y => new YearStatistics(y.Key, y.Value)).ToArray()), StringComparer.Ordinal);
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
