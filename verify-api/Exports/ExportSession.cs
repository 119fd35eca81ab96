using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Core.Verification;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// A request's hold on one export generation and one of its connections. Everything a request reads comes
/// from the same file, even when a new export is swapped in meanwhile; disposing gives both back.
/// </summary>
public sealed class ExportSession : IDisposable
{
    private readonly ExportConnection _connection;
    private bool _disposed;

    internal ExportSession(ExportGeneration generation, ExportConnection connection)
    {
        Generation = generation;
        _connection = connection;
    }

    public ExportGeneration Generation { get; }

    public CertificateRecord? FindCertificate(string number) => _connection.FindCertificate(number);

    public IReadOnlyList<HolderEntry> FindHolderWindow(byte[] idHash) => _connection.FindHolderWindow(idHash);

    public ExportedInstitution? FindInstitution(string seq) => Generation.FindInstitution(seq);

    /// <summary>The batch a certificate was issued in, with its review and publicity; null when the export does not record it.</summary>
    public BatchRecord? FindBatch(CertificateRecord record) => Generation.FindBatch(record.Institution, record.Batch);

    public CertificateActivity ActivityOf(string seq) => Generation.ActivityOf(seq, _connection);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Generation.Return(_connection);
        Generation.ReleaseReference();
    }
}
