using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Diagnostics;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;
using SkillCert.VerifyApi.Lookups;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// Opens a candidate export, proves it is whole, of a schema this service reads and made with the configured ID key,
/// and builds a generation from it. Any problem becomes a refusal with a reason; nothing here throws for a bad file.
/// </summary>
public sealed class ExportLoader(TimeProvider clock, IdKey idKey)
{
    /// <summary>Enough connections for every core to run a query while others wait briefly; SQLite lookups take microseconds.</summary>
    public static int PoolSize { get; } = Math.Clamp(Environment.ProcessorCount * 2, 4, 32);

    /// <summary>
    /// Loads the file at <paramref name="path"/> unless its content hash is <paramref name="currentVersion"/>.
    /// Returns the new generation, or null with <paramref name="refusal"/> set (or both null when unchanged).
    /// </summary>
    public ExportGeneration? Load(string path, string? currentVersion, out ExportRefusal? refusal)
    {
        refusal = null;
        var name = Path.GetFileName(path);
        try
        {
            if (ExportFileCheck.Problem(path) is { } problem)
            {
                refusal = Refused(problem);
                return null;
            }
            var meta = Validate(path, name, out var keys, out var invalid);
            if (meta is null)
            {
                refusal = Refused(invalid!);
                return null;
            }
            if (meta.ContentHash == currentVersion) return null;
            return OpenGeneration(path, name, meta, keys, out refusal);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            refusal = Refused(RefusalReasons.Locked(name, e.Message), transient: true);
            return null;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or FormatException or InvalidCastException
                                      or JsonException)
        {
            refusal = Refused(RefusalReasons.Unreadable(name, e.Message));
            return null;
        }
    }

    /// <summary>
    /// Checks the header (schema version, tables, signing keys), that the export was made with the configured ID key,
    /// and the file's integrity, through an ordinary locking read-only connection. The cheap checks come first, so a
    /// refused candidate costs no full read of the file.
    /// </summary>
    private ExportMeta? Validate(string path, string name, out IReadOnlyList<PublishedKey> keys, out Diagnostic? problem)
    {
        problem = null;
        keys = [];
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 1,
        };
        using var db = new SqliteConnection(builder.ConnectionString);
        db.Open();
        var header = ExportHeader.Read(db);
        if (header.Problems is [var first, ..])
        {
            problem = RefusalReasons.Header(name, first);
            return null;
        }
        if (header.Value(ExportSchema.MetaKeys.ContentHash) is not { Length: > 0 } hash)
        {
            problem = RefusalReasons.NoVersion(name);
            return null;
        }
        if (idKey.MismatchWith(header.Value(ExportSchema.MetaKeys.IdKeyId), name) is { } mismatch)
        {
            problem = RefusalReasons.IdKeyMismatch(name, mismatch);
            return null;
        }
        var integrity = Strings(db, "PRAGMA quick_check(1)");
        if (integrity is not ["ok"])
        {
            problem = RefusalReasons.Damaged(name, string.Join("; ", integrity));
            return null;
        }
        keys = header.Keys;
        long.TryParse(header.Value(ExportSchema.MetaKeys.CertificateCount), NumberStyles.None, CultureInfo.InvariantCulture, out var count);
        var site = ExportedSite.FromJson(header.Value(ExportSchema.MetaKeys.Site));
        return new ExportMeta(hash, header.Value(ExportSchema.MetaKeys.ExportedAt) ?? "", header.SchemaVersion!.Value, count,
            header.Value(ExportSchema.MetaKeys.NumberForm))
        {
            Site = site,
            Demo = ExportDemoFlag.Read(site, header.Value(ExportDemoFlag.MetaKey)),
        };
    }

    /// <summary>
    /// Opens the serving pool with immutable=1: an export is never changed in place, only replaced by rename,
    /// so SQLite may skip its per-query locking and change checks. Every connection must see the validated
    /// content hash; otherwise the file was replaced meanwhile and the next poll starts again.
    /// </summary>
    private ExportGeneration? OpenGeneration(string path, string name, ExportMeta meta, IReadOnlyList<PublishedKey> keys, out ExportRefusal? refusal)
    {
        refusal = null;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1",
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        var connections = new List<ExportConnection>(PoolSize);
        var mappedBytes = new FileInfo(path).Length;
        try
        {
            for (var i = 0; i < PoolSize; i++)
            {
                var connection = ExportConnection.Open(builder.ConnectionString, meta.SchemaVersion);
                connections.Add(connection);
                connection.MapFile(mappedBytes);
                using var hash = connection.CreateCommand($"SELECT value FROM meta WHERE key = '{ExportSchema.MetaKeys.ContentHash}'");
                if (hash.ExecuteScalar() as string != meta.ContentHash)
                {
                    refusal = Refused(RefusalReasons.Replaced(name), transient: true);
                    connections.ForEach(c => c.Dispose());
                    return null;
                }
            }
            var institutions = ReadInstitutions(connections[0], name, out var problem);
            if (problem is not null)
            {
                refusal = Refused(problem);
                connections.ForEach(c => c.Dispose());
                return null;
            }
            // The batches without their counts: a result page shows a certificate's review and publicity, never the counts.
            var batches = ExportBatchTable.Read(connections[0].Connection, meta.SchemaVersion, withCounts: false);
            return new ExportGeneration(path, meta, connections, institutions!, keys, clock.GetUtcNow()) { Batches = batches };
        }
        catch
        {
            connections.ForEach(c => c.Dispose());
            throw;
        }
    }

    private static List<ExportedInstitution>? ReadInstitutions(ExportConnection connection, string name, out Diagnostic? problem)
    {
        problem = null;
        using var command = connection.CreateCommand("SELECT seq, name, province, county, status, status_cause, filing FROM institutions");
        using var r = command.ExecuteReader();
        var list = new List<ExportedInstitution>();
        while (r.Read())
        {
            var seq = r.GetString(0);
            try
            {
                list.Add(new ExportedInstitution(seq, r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                    r.GetString(5), FilingJson.Deserialize(r.GetString(6))));
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                problem = RefusalReasons.UnreadableFiling(name, seq, e.Message);
                return null;
            }
        }
        return list;
    }

    private static List<string> Strings(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var r = command.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    private ExportRefusal Refused(Diagnostic reason, bool transient = false) => new(reason, transient, clock.GetUtcNow());
}
