using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Core.Verification;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// One read-only connection to an export with its statements prepared once, so a lookup only binds a
/// parameter and steps. Preparing at open also proves the tables and columns the service reads exist.
/// </summary>
public sealed class ExportConnection : IDisposable
{
    private const string CertificateColumns =
        "number, institution, occupation_code, occupation_name, trade, level, issued_on, status, revoked_on, " +
        "revocation_reason, holder_name, masked_name, document_type, masked_id";

    // An export before version 3 recorded no batch and no reissue; its certificates read as of none.
    private const string IssueColumns = "batch, replaces, replaced_by";
    private const string NoIssueColumns = "NULL, NULL, NULL";

    /// <summary>
    /// The index entries a lookup reads, from the ID's hash onwards: so many whether the ID is known or not, so that a
    /// wrong name costs what an unknown ID costs. It also caps the certificates one lookup lists; no holder comes near.
    /// </summary>
    public const int HolderWindow = 32;

    /// <summary>
    /// Reads only the index on (id_hash, holder_name), which also holds the number: never a certificate's row. Whether
    /// each entry has the ID's hash is worked out for every entry, by SQLite, the same way.
    /// </summary>
    public static readonly string HolderWindowQuery =
        $"SELECT id_hash = $p, holder_name, number FROM certificates WHERE id_hash >= $p ORDER BY id_hash LIMIT {HolderWindow}";

    private readonly SqliteConnection _db;
    private readonly SqliteCommand _byNumber;
    private readonly SqliteCommand _holderWindow;
    private readonly SqliteCommand _yearsOfInstitution;

    private ExportConnection(SqliteConnection db, int schemaVersion)
    {
        _db = db;
        var columns = CertificateColumns + ", " + (schemaVersion >= ExportBatchTable.FirstVersion ? IssueColumns : NoIssueColumns);
        _byNumber = Prepare($"SELECT {columns} FROM certificates WHERE number = $p");
        _holderWindow = Prepare(HolderWindowQuery);
        _yearsOfInstitution = Prepare("SELECT DISTINCT substr(issued_on, 1, 4) FROM certificates WHERE institution = $p");
    }

    /// <summary>Opens and prepares for an export of <paramref name="schemaVersion"/>; throws <see cref="SqliteException"/> when the file is not a readable export.</summary>
    public static ExportConnection Open(string connectionString, int schemaVersion)
    {
        var db = new SqliteConnection(connectionString);
        try
        {
            db.Open();
            return new ExportConnection(db, schemaVersion);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    public CertificateRecord? FindCertificate(string number)
    {
        _byNumber.Parameters[0].Value = number;
        using var r = _byNumber.ExecuteReader(CommandBehavior.SingleRow);
        return r.Read() ? ReadCertificate(r) : null;
    }

    /// <summary>The <see cref="HolderWindow"/> index entries from <paramref name="idHash"/> on, the holder's own first (fewer only at the index's end).</summary>
    public IReadOnlyList<HolderEntry> FindHolderWindow(byte[] idHash)
    {
        _holderWindow.Parameters[0].Value = idHash;
        using var r = _holderWindow.ExecuteReader();
        var window = new List<HolderEntry>(HolderWindow);
        while (r.Read()) window.Add(new HolderEntry(r.GetInt64(0) == 1, r.GetString(1), r.GetString(2)));
        return window;
    }

    /// <summary>The calendar years in which the institution issued at least one certificate in this export.</summary>
    public CertificateActivity ActivityOf(string seq)
    {
        _yearsOfInstitution.Parameters[0].Value = seq;
        using var r = _yearsOfInstitution.ExecuteReader();
        var years = new HashSet<int>();
        while (r.Read())
        {
            if (int.TryParse(r.GetString(0), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) years.Add(year);
        }
        return new CertificateActivity(years);
    }

    /// <summary>
    /// Lets SQLite read the file through a shared memory map instead of a read() into its own cache for every page: the
    /// pages belong to the OS page cache, shared by every connection and replica, not to this process's private memory.
    /// Safe because a serving export is immutable (replaced by rename, never written in place).
    /// Benchmark: tests/SkillCert.Benchmarks/api-vs-nginx.sh (pread was a third of a lookup's CPU before).
    /// </summary>
    public void MapFile(long bytes)
    {
        using var pragma = CreateCommand(string.Create(CultureInfo.InvariantCulture, $"PRAGMA mmap_size = {Math.Max(0, bytes)}"));
        pragma.ExecuteNonQuery();
    }

    /// <summary>The connection itself, for core's readers of whole tables while loading; the serving path uses only the prepared statements.</summary>
    internal SqliteConnection Connection => _db;

    /// <summary>Runs a one-off query while loading; the serving path uses only the prepared statements.</summary>
    public SqliteCommand CreateCommand(string sql)
    {
        var command = _db.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$p", null));
        command.Prepare();
        return command;
    }

    private static CertificateRecord ReadCertificate(SqliteDataReader r) => new(
        Number: r.GetString(0),
        Institution: r.GetString(1),
        OccupationCode: r.GetString(2),
        OccupationName: r.GetString(3),
        Trade: r.IsDBNull(4) ? null : r.GetString(4),
        Level: r.GetInt32(5),
        IssuedOn: Day(r.GetString(6)),
        Status: r.GetString(7) == ExportSchema.CertificateStatus.Revoked ? CertificateStatus.Revoked : CertificateStatus.Valid,
        RevokedOn: r.IsDBNull(8) ? null : Day(r.GetString(8)),
        RevocationReason: r.IsDBNull(9) ? null : r.GetString(9),
        HolderName: r.GetString(10),
        MaskedName: r.GetString(11),
        DocumentType: r.GetString(12),
        MaskedId: r.GetString(13))
    {
        Batch = r.IsDBNull(14) ? null : r.GetString(14),
        Replaces = r.IsDBNull(15) ? null : r.GetString(15),
        ReplacedBy = r.IsDBNull(16) ? null : r.GetString(16),
    };

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _byNumber.Dispose();
        _holderWindow.Dispose();
        _yearsOfInstitution.Dispose();
        _db.Dispose();
    }
}
