using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Integration.Build;

/// A small certificate export made straight from the published schema, as `skillcert export` would write it.
internal sealed class ExportFixture
{
    private readonly List<(string Number, string Seq, int Level, string IssuedOn)> _certificates = [];
    private readonly List<(SigningKey Key, string ValidFrom, string? Retired, string? Revoked)> _keys = [];

    public ExportFixture Certificates(string seq, int year, int level, int count)
    {
        for (var i = 0; i < count; i++)
            _certificates.Add(($"Y000014{seq}{year % 100:00}{level}{_certificates.Count + 1:000000}", seq, level, $"{year}-06-{10 + i % 18:00}"));
        return this;
    }

    public ExportFixture Key(SigningKey key, string validFrom, string? retired = null, string? revoked = null)
    {
        _keys.Add((key, validFrom, retired, revoked));
        return this;
    }

    public string Write(string path, int schemaVersion = ExportSchema.Version)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString))
        {
            connection.Open();
            foreach (var statement in ExportSchema.CreateStatements) Execute(connection, statement);
            Execute(connection, "INSERT INTO meta (key, value) VALUES ($k, $v)", ("$k", ExportSchema.MetaKeys.SchemaVersion), ("$v", schemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Execute(connection, "INSERT INTO meta (key, value) VALUES ($k, $v)", ("$k", ExportSchema.MetaKeys.ExportedAt), ("$v", "2024-12-31"));
            ExportKeyTable.Insert(connection, _keys.Select(k => PublishedKey.FromSpki(k.Key.SubjectPublicKeyInfo, Day(k.ValidFrom),
                k.Retired is { } retired ? Day(retired) : null, k.Revoked is { } revoked ? Day(revoked) : null)));
            foreach (var (number, seq, level, issuedOn) in _certificates)
            {
                Execute(connection, """
                    INSERT INTO certificates (number, institution, occupation_code, occupation_name, trade, level, issued_on, status,
                        holder_name, masked_name, document_type, masked_id, id_hash)
                    VALUES ($n, $seq, '6-18-01-01', '车工', NULL, $level, $on, 'valid', '张三', '张*', '居民身份证', '140902********1234', x'00')
                    """, ("$n", number), ("$seq", seq), ("$level", level), ("$on", issuedOn));
            }
        }
        return path;
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
