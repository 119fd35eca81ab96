using Microsoft.Data.Sqlite;

namespace SkillCert.Tests.Browser.Infrastructure;

/// <summary>
/// Adds to the demo export one certificate that today's export would refuse but an older, looser one let through:
/// a copy of a standing certificate at level 1 (一级/高级技师), which its institution never filed. The service must call
/// it inconsistent. Written before the service opens the file, since it opens exports as immutable.
/// </summary>
internal static class LegacyCertificate
{
    public static string AddTo(string export, string standing)
    {
        var number = standing[..15] + "1" + "999998";
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = export, Pooling = false }.ToString());
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = """
            INSERT INTO certificates (number, institution, occupation_code, occupation_name, trade, level, issued_on, status, revoked_on,
                   revocation_reason, holder_name, masked_name, document_type, masked_id, id_hash, batch)
            SELECT $number, institution, occupation_code, occupation_name, trade, 1, issued_on, status, revoked_on, revocation_reason,
                   holder_name, masked_name, document_type, masked_id, id_hash, batch
            FROM certificates WHERE number = $standing
            """;
        command.Parameters.AddWithValue("$number", number);
        command.Parameters.AddWithValue("$standing", standing);
        if (command.ExecuteNonQuery() != 1) throw new InvalidOperationException($"the demo export has no certificate {standing}");
        return number;
    }
}
