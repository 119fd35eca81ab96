using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using SkillCert.Core.Signing;

namespace SkillCert.Generator.Export;

/// <summary>
/// The export already at --out, opened read-only: its keys, its id key's name, the serials it keeps reserved and,
/// per institution, its certificates. A re-export reads it so that numbers and revocations carry over; it is never written.
/// </summary>
public sealed class PreviousExport
{
    private PreviousExport(string path, string? idKeyId, IReadOnlyList<PublishedKey> keys, IReadOnlyDictionary<string, int> floors,
        IReadOnlyList<string> institutions)
    {
        Path = path;
        IdKeyId = idKeyId;
        Keys = keys;
        SerialFloors = floors;
        Institutions = institutions;
    }

    public string Path { get; }

    public string? IdKeyId { get; }

    public IReadOnlyList<PublishedKey> Keys { get; }

    /// <summary>Reserved serials by 16-character number prefix (see <see cref="ExportSchema.MetaKeys.SerialFloors"/>).</summary>
    public IReadOnlyDictionary<string, int> SerialFloors { get; }

    /// <summary>The seqs of the institutions that have certificates in it.</summary>
    public IReadOnlyList<string> Institutions { get; }

    /// <summary>Opens the export at <paramref name="path"/>; throws <see cref="InvalidDataException"/> when the file is not a SkillCert export of this schema.</summary>
    public static PreviousExport Open(string path)
    {
        try
        {
            using var connection = Connect(path);
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var read = Command(connection, "SELECT key, value FROM meta"))
            using (var rows = read.ExecuteReader())
                while (rows.Read()) meta[rows.GetString(0)] = rows.GetString(1);
            var version = meta.GetValueOrDefault(ExportSchema.MetaKeys.SchemaVersion);
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var schema)
                || schema < ExportSchema.OldestContinued || schema > ExportSchema.Version)
                throw new InvalidDataException($"it has export schema version {version ?? "(none)"}, and this skillcert continues versions {ExportSchema.OldestContinued} to {ExportSchema.Version}");
            var keys = new List<PublishedKey>();
            // Version 1 has no revoked column: none of its keys was revoked.
            var revoked = schema >= 2 ? "revoked" : "NULL";
            using (var read = Command(connection, $"SELECT key_id, public_key, valid_from, retired, {revoked} FROM signing_keys ORDER BY key_id"))
            using (var rows = read.ExecuteReader())
            {
                while (rows.Read())
                    keys.Add(new PublishedKey(rows.GetString(0), Convert.FromBase64String(rows.GetString(1)), Day(rows.GetString(2)),
                        rows.IsDBNull(3) ? null : Day(rows.GetString(3)), rows.IsDBNull(4) ? null : Day(rows.GetString(4))));
            }
            var institutions = new List<string>();
            using (var read = Command(connection, "SELECT DISTINCT institution FROM certificates ORDER BY institution"))
            using (var rows = read.ExecuteReader())
                while (rows.Read()) institutions.Add(rows.GetString(0));
            var floors = meta.TryGetValue(ExportSchema.MetaKeys.SerialFloors, out var json)
                ? JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [] : [];
            return new PreviousExport(path, meta.GetValueOrDefault(ExportSchema.MetaKeys.IdKeyId), keys, floors, institutions);
        }
        catch (Exception e) when (e is SqliteException or JsonException or FormatException)
        {
            throw new InvalidDataException($"it is not a readable SkillCert export ({e.Message})", e);
        }
    }

    /// <summary>A reader of certificates by institution, for one thread.</summary>
    public PreviousCertificates OpenReader() => new(Connect(Path));

    internal static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    internal static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    internal static DateOnly Day(string text) => DateOnly.ParseExact(text, RosterDate.Format, CultureInfo.InvariantCulture);
}
