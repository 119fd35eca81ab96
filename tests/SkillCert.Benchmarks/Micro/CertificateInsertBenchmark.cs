using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Export;

namespace SkillCert.Benchmarks.Micro;

/// <summary>
/// The export writer's hot path: 20,000 certificates into an empty <c>certificates</c> table, written the way the
/// export writes (16 KB pages, no journal), two ways: the rows the workers encoded, bound by
/// <see cref="CertificateInserter"/> (what the export does), and plain Microsoft.Data.Sqlite parameters from the
/// certificates, encoding and all on the writer. <see cref="Encode"/> is what the workers pay for the first.
/// </summary>
[MemoryDiagnoser]
public class CertificateInsertBenchmark
{
    private const int Rows = 20_000;

    private List<ExportedCertificate> _certificates = [];
    private EncodedCertificates _encoded = null!;
    private SqliteConnection _connection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _certificates = Enumerable.Range(1, Rows).Select(Certificate).ToList();
        _encoded = EncodedCertificates.Encode(_certificates);
    }

    [GlobalCleanup]
    public void Cleanup() => _encoded.Dispose();

    [IterationSetup]
    public void OpenTable()
    {
        _connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        _connection.Open();
        foreach (var sql in (string[])["PRAGMA page_size = 16384", "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                     ExportSchema.CreateStatements.Single(s => s.Contains("TABLE certificates", StringComparison.Ordinal)), "BEGIN"])
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    [IterationCleanup]
    public void CloseTable() => _connection.Dispose();

    [Benchmark(Baseline = true, Description = "encoded rows, CertificateInserter (the export)")]
    public void EncodedRows()
    {
        using var inserter = new CertificateInserter(_connection);
        inserter.Insert(_encoded);
    }

    [Benchmark(Description = "certificates, Microsoft.Data.Sqlite parameters")]
    public void Parameters()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = CertificateInserter.Sql;
        var parameters = Enumerable.Range(1, 1 + EncodedCertificates.FieldsPerRow)
            .Select(i => command.Parameters.Add(new SqliteParameter("?" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
        command.Prepare();
        foreach (var c in _certificates)
        {
            object?[] values = [c.Level, c.Number, c.Institution, c.OccupationCode, c.OccupationName, c.Trade, RosterDate.Write(c.IssuedOn),
                c.Status, c.RevokedOn is { } on ? RosterDate.Write(on) : null, c.RevocationReason, c.HolderName, c.MaskedName,
                c.DocumentType, c.MaskedId, c.IdHash, c.Batch, c.Replaces, c.ReplacedBy];
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    [Benchmark(Description = "encoding the rows (on the workers)")]
    public void Encode() => EncodedCertificates.Encode(_certificates).Dispose();

    private static ExportedCertificate Certificate(int serial) => new()
    {
        Number = $"Y000014000001201{serial:D6}",
        Institution = "000001",
        OccupationCode = "6-18-01-01",
        OccupationName = "焊工",
        Trade = serial % 3 == 0 ? null : "电焊工",
        Level = 1 + serial % 5,
        IssuedOn = new DateOnly(2024, 6, 1).AddDays(serial % 300),
        HolderName = "张" + (char)('伟' + serial % 50),
        MaskedName = "张*",
        DocumentType = "居民身份证",
        MaskedId = "1401**********123X",
        IdHash = System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(serial)),
        Batch = "2024-1",
    };
}
