using System.Text;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SQLitePCL;

namespace SkillCert.Generator.Export;

/// <summary>
/// Inserts the rows of <c>batches</c> and <c>batch_counts</c> that <see cref="ExportBatchInserter.Rows"/> gives, bound
/// straight into e_sqlite3 (<see cref="SqliteNative"/>) on the writer thread. Through Microsoft.Data.Sqlite each of the
/// 216,000 rows of the benchmark looked every parameter up by name and took a SafeHandle per call: 3.5% of the export's
/// CPU in perf (export-vs-sqlite.sh; docs/benchmarks.md, "The export against the sqlite3 floor").
/// </summary>
internal sealed unsafe class BatchRowInserter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _batch;
    private readonly sqlite3_stmt _count;
    private byte[] _text = new byte[256];

    public BatchRowInserter(SqliteConnection connection)
    {
        _connection = connection;
        _batch = SqliteNative.Prepare(connection, ExportBatchInserter.BatchSql);
        _count = SqliteNative.Prepare(connection, ExportBatchInserter.CountSql);
    }

    /// <summary>Adds the batches and their counts, in key order among themselves.</summary>
    public void Add(IEnumerable<BatchRecord> batches)
    {
        foreach (var (isCount, values) in ExportBatchInserter.Rows(batches))
        {
            var statement = (isCount ? _count : _batch).DangerousGetHandle();
            for (var i = 0; i < values.Length; i++) Bind(statement, i + 1, values[i]);
            var rc = SqliteNative.Step(statement);
            SqliteNative.Reset(statement);
            if (rc != SqliteNative.Done)
                throw new SqliteException($"inserting batch {values[0]}/{values[1]}: {raw.sqlite3_errmsg(_connection.Handle!).utf8_to_string()}", rc);
        }
    }

    public void Dispose()
    {
        _batch.Dispose();
        _count.Dispose();
    }

    private void Bind(IntPtr statement, int index, object? value)
    {
        switch (value)
        {
            case null:
                SqliteNative.BindNull(statement, index);
                break;
            case int number:
                SqliteNative.BindInt(statement, index, number);
                break;
            case string text:
                var length = Encoding.UTF8.GetMaxByteCount(text.Length);
                if (_text.Length < length) _text = new byte[length];
                length = Encoding.UTF8.GetBytes(text, _text);
                fixed (byte* bytes = _text) SqliteNative.BindText(statement, index, bytes, length, SqliteNative.Transient);
                break;
            default:
                throw new ArgumentException($"a batch value of type {value.GetType().Name}", nameof(value));
        }
    }
}
