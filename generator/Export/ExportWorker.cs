using SkillCert.Core.Identity;
using SkillCert.Core.Exports;

namespace SkillCert.Generator.Export;

/// <summary>What one worker thread keeps between institutions: its id hasher, its cell pool and its reader of the previous export.</summary>
public sealed class ExportWorker(ExportContext context) : IDisposable
{
    private PreviousCertificates? _previous;

    public IdHasher Hasher { get; } = new(context.IdKey);

    /// <summary>During an id key rotation, the hasher of the old key, to match rows to the previous export; otherwise null.</summary>
    public IdHasher? PreviousHasher { get; } = context.PreviousIdKey is { } old ? new(old) : null;

    public CellPool Cells { get; } = new();

    public RosterBuffers Buffers { get; } = new();

    /// <summary>The previous export's certificates of an institution; empty when there is none.</summary>
    public List<ExportedCertificate> PreviousCertificatesOf(string seq)
    {
        if (context.Previous is null) return [];
        _previous ??= context.Previous.OpenReader();
        return _previous.CertificatesOf(seq);
    }

    /// <summary>The previous export's batches of an institution; none when there is none.</summary>
    public IReadOnlyList<BatchRecord> PreviousBatchesOf(string seq) => context.Previous?.BatchesOf(seq) ?? [];

    public void Dispose()
    {
        Hasher.Dispose();
        PreviousHasher?.Dispose();
        _previous?.Dispose();
    }
}
