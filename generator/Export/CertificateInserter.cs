using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SkillCert.Generator.Export;

/// <summary>
/// Inserts certificate rows through one prepared statement, re-bound for every row. The values are bound straight
/// from the <see cref="EncodedCertificates"/> the workers prepared, so a row costs the writer no allocation and no
/// encoding (CertificateInsertBenchmark: less than half the time of Microsoft.Data.Sqlite parameters, and none of
/// their 2 KB a row).
/// </summary>
internal sealed class CertificateInserter : IDisposable
{
    // Column 6 (level) is bound on its own; the others follow EncodedCertificates' order.
    internal const string Sql =
        "INSERT INTO certificates (level, number, institution, occupation_code, occupation_name, trade, issued_on, status, " +
        "revoked_on, revocation_reason, holder_name, masked_name, document_type, masked_id, id_hash, batch, replaces, replaced_by) " +
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

    public CertificateInserter(SqliteConnection connection)
    {
        _connection = connection;
        var rc = raw.sqlite3_prepare_v2(connection.Handle!, Sql, out _statement);
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(connection.Handle!).utf8_to_string(), rc);
    }

    public void Insert(EncodedCertificates rows)
    {
        var data = new ReadOnlySpan<byte>(rows.Data, 0, rows.Length);
        while (!data.IsEmpty)
        {
            raw.sqlite3_bind_int(_statement, 1, data[0]);
            data = data[1..];
            var number = data;
            for (var field = 0; field < EncodedCertificates.FieldsPerRow; field++)
            {
                var length = BinaryPrimitives.ReadInt32LittleEndian(data);
                data = data[4..];
                if (length < 0) raw.sqlite3_bind_null(_statement, field + 2);
                else if (field == EncodedCertificates.BlobField) raw.sqlite3_bind_blob(_statement, field + 2, data[..length]);
                else raw.sqlite3_bind_text(_statement, field + 2, data[..length]);
                data = data[Math.Max(length, 0)..];
            }
            var rc = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (rc != raw.SQLITE_DONE)
            {
                var text = System.Text.Encoding.UTF8.GetString(number.Slice(4, BinaryPrimitives.ReadInt32LittleEndian(number)));
                throw new SqliteException($"inserting certificate {text}: {raw.sqlite3_errmsg(_connection.Handle!).utf8_to_string()}", rc);
            }
        }
    }

    public void Dispose() => _statement.Dispose();
}
