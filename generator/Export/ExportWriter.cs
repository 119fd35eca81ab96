using System.Globalization;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;

namespace SkillCert.Generator.Export;

/// <summary>
/// Writes a new export into a file of its own (a temporary file beside the destination): the tables of
/// <see cref="ExportSchema"/>, inside one transaction: the certificates in primary-key order with each institution's
/// batches beside them, then the other tables and the holder index (the institution index grows during the insert).
/// The file is scratch until it is complete, so it is written with no journal and no syncing, and synced once at the end.
/// Nothing here reads a clock, so the same rows give the same bytes.
/// </summary>
public sealed class ExportWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly CertificateInserter _certificates;
    private readonly BatchRowInserter _batches;
    private readonly string _path;

    private ExportWriter(string path)
    {
        _path = path;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        _connection.Open();
        // 16 KB pages: a quarter of the system calls of the default 4 KB while the file is written and indexed,
        // and still small pages for the service's point lookups.
        Execute("PRAGMA page_size = 16384");
        Execute("PRAGMA journal_mode = OFF");
        Execute("PRAGMA synchronous = OFF");
        Execute("PRAGMA locking_mode = EXCLUSIVE");
        // Rows go in in key order, so the insert needs little cache. The index builds sort in small runs that fit
        // the CPU's caches, spilled to temporary files so that SQLite's helper thread can sort them on the second
        // core while the main thread reads the table: about half the time of one in-memory sort.
        Execute("PRAGMA cache_size = -4096");
        Execute("PRAGMA threads = 2");
        foreach (var statement in ExportSchema.CreateStatements.Where(s => !IsIndex(s))) Execute(statement);
        // Rows come in number order, which groups them by institution, so the institution index grows at its right
        // edge while they are inserted: less CPU than a sort after, and none of it in the serial end
        // (export-vs-sqlite.sh; docs/benchmarks.md, "The export against the sqlite3 floor").
        Execute(ExportSchema.InstitutionIndex);
        Execute("BEGIN");
        _certificates = new CertificateInserter(_connection);
        _batches = new BatchRowInserter(_connection);
    }

    public int CertificateCount { get; private set; }

    /// <summary>
    /// Starts a new export file; the path must not exist. The file is created here, empty and readable by its owner
    /// only (mode 600), before SQLite opens it: it holds names and ID hashes, and the rename that publishes it keeps
    /// the mode, so it is never readable by others, not even while it is written.
    /// </summary>
    public static ExportWriter Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        new FileStream(path, options).Dispose();
        return new ExportWriter(path);
    }

    /// <summary>
    /// Adds an institution's certificates and batches; callers add them in number order, which is also the certificates
    /// table's order. The batches go in while the workers still run, not in the serial end after them
    /// (export-vs-sqlite.sh; docs/benchmarks.md, "The export against the sqlite3 floor").
    /// </summary>
    public void Add(EncodedCertificates certificates, IEnumerable<BatchRecord> batches)
    {
        _certificates.Insert(certificates);
        _batches.Add(batches);
        CertificateCount += certificates.Count;
    }

    /// <summary>Writes the other tables, builds the indexes, commits and syncs the file to disk.</summary>
    public void Finish(IEnumerable<InstitutionRow> institutions, IReadOnlyList<PublishedKey> keys, IReadOnlyDictionary<string, string> meta)
    {
        _certificates.Dispose();
        _batches.Dispose();
        using (var insert = Prepared("INSERT INTO institutions VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", 9))
        {
            foreach (var i in institutions.OrderBy(i => i.Seq, StringComparer.Ordinal))
                Run(insert, i.Seq, i.Name, i.Category, i.Route, i.Province, i.County, i.Status, i.StatusCause, i.Filing);
        }
        ExportKeyTable.Insert(_connection, keys);
        using (var insert = Prepared("INSERT INTO meta VALUES ($1, $2)", 2))
        {
            foreach (var (key, value) in meta.OrderBy(m => m.Key, StringComparer.Ordinal)) Run(insert, key, value);
        }
        foreach (var statement in ExportSchema.CreateStatements.Where(s => IsIndex(s) && s != ExportSchema.InstitutionIndex)) Execute(statement);
        Execute("COMMIT");
        _connection.Close();
        using var file = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite);
        file.Flush(flushToDisk: true);
    }

    public void Dispose()
    {
        _certificates.Dispose();
        _batches.Dispose();
        _connection.Dispose();
    }

    private static bool IsIndex(string statement) => statement.TrimStart().StartsWith("CREATE INDEX", StringComparison.Ordinal);


    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepared(string sql, int parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++) command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        return command;
    }

    private static void Run(SqliteCommand command, params string?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = (object?)values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
