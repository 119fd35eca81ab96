using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;

namespace SkillCert.Generator.Export;

/// <summary>Reads the previous export's certificates one institution at a time, over a read-only connection of its own (one per thread).</summary>
public sealed class PreviousCertificates(SqliteConnection connection, int version) : IDisposable
{
    private readonly SqliteCommand _query = CreateQuery(connection, version);

    public List<ExportedCertificate> CertificatesOf(string seq)
    {
        _query.Parameters[0].Value = seq;
        var list = new List<ExportedCertificate>();
        using var rows = _query.ExecuteReader();
        while (rows.Read())
        {
            var record = new ExportedCertificate
            {
                Number = rows.GetString(0),
                Institution = rows.GetString(1),
                OccupationCode = rows.GetString(2),
                OccupationName = rows.GetString(3),
                Trade = rows.IsDBNull(4) ? null : rows.GetString(4),
                Level = rows.GetInt32(5),
                IssuedOn = PreviousExport.Day(rows.GetString(6)),
                HolderName = rows.GetString(9),
                MaskedName = rows.GetString(10),
                DocumentType = rows.GetString(11),
                MaskedId = rows.GetString(12),
                IdHash = (byte[])rows.GetValue(13),
                Batch = rows.IsDBNull(14) ? null : rows.GetString(14),
                Replacement = rows.IsDBNull(15) ? null : new ReplacementClaim(rows.GetString(15), Core.Rosters.RowOrigin.None, ""),
            };
            if (!rows.IsDBNull(7)) record.Revoke(PreviousExport.Day(rows.GetString(7)), rows.IsDBNull(8) ? "" : rows.GetString(8));
            if (!rows.IsDBNull(16)) record.RecordReplacedBy(rows.GetString(16));
            list.Add(record);
        }
        return list;
    }

    // An export before version 3 has no batch and no reissues: its certificates read as of no batch, replacing nothing.
    private static SqliteCommand CreateQuery(SqliteConnection connection, int version)
    {
        var reissues = version >= ExportBatchTable.FirstVersion ? "batch, replaces, replaced_by" : "NULL, NULL, NULL";
        var query = PreviousExport.Command(connection,
            "SELECT number, institution, occupation_code, occupation_name, trade, level, issued_on, revoked_on, revocation_reason, " +
            $"holder_name, masked_name, document_type, masked_id, id_hash, {reissues} FROM certificates WHERE institution = $seq ORDER BY number");
        query.Parameters.Add("$seq", SqliteType.Text);
        query.Prepare();
        return query;
    }

    public void Dispose()
    {
        _query.Dispose();
        connection.Dispose();
    }
}
