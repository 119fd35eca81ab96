using System.Collections.Concurrent;
using System.Threading.Channels;
using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Core.Signing;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// One loaded export file: its meta, its institutions and keys read once, and a fixed pool of connections
/// all opened on the same file. Reference counted: the store holds one reference while the generation is
/// current, and every session holds one, so a swapped-out generation closes only after its last request.
/// </summary>
public sealed class ExportGeneration
{
    private readonly Channel<ExportConnection> _pool;
    private readonly List<ExportConnection> _all;
    private readonly Dictionary<string, ExportedInstitution> _institutions;
    private readonly ConcurrentDictionary<string, CertificateActivity> _activity = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<BatchRecord> _batchList = [];
    private readonly Dictionary<(string, string), BatchRecord> _batches = [];
    private int _references = 1;

    public ExportGeneration(string path, ExportMeta meta, IReadOnlyList<ExportConnection> connections,
        IEnumerable<ExportedInstitution> institutions, IReadOnlyList<PublishedKey> keys, DateTimeOffset loadedAt)
    {
        Path = path;
        Meta = meta;
        Keys = keys;
        LoadedAt = loadedAt;
        _all = [.. connections];
        _institutions = institutions.ToDictionary(i => i.Seq, StringComparer.Ordinal);
        _pool = Channel.CreateUnbounded<ExportConnection>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
        foreach (var c in _all) _pool.Writer.TryWrite(c);
    }

    public string Path { get; }

    public ExportMeta Meta { get; }

    /// <summary>The export's version: its content hash.</summary>
    public string Version => Meta.ContentHash;

    /// <summary>The public signing keys, current and retired, for checking QR claims.</summary>
    public IReadOnlyList<PublishedKey> Keys { get; }

    public DateTimeOffset LoadedAt { get; }

    public int InstitutionCount => _institutions.Count;

    public ExportedInstitution? FindInstitution(string seq) => _institutions.GetValueOrDefault(seq);

    /// <summary>The export's batches (without their counts), by institution and batch name; none in an export before version 3.</summary>
    public IReadOnlyList<BatchRecord> Batches
    {
        get => _batchList;
        init
        {
            _batchList = value;
            _batches = value.ToDictionary(b => (b.Institution, b.Batch));
        }
    }

    /// <summary>The batch a certificate was issued in, when the export records it.</summary>
    public BatchRecord? FindBatch(string institution, string? batch) => batch is null ? null : _batches.GetValueOrDefault((institution, batch));

    /// <summary>The years with certificates, read on first use and kept for this generation's life.</summary>
    internal CertificateActivity ActivityOf(string seq, ExportConnection connection) =>
        _activity.GetOrAdd(seq, static (s, c) => c.ActivityOf(s), connection);

    internal bool TryAddReference()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0) return false;
            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current) return true;
        }
    }

    internal void ReleaseReference()
    {
        if (Interlocked.Decrement(ref _references) == 0) Close();
    }

    internal ValueTask<ExportConnection> RentAsync(CancellationToken cancellationToken) =>
        _pool.Reader.TryRead(out var connection) ? ValueTask.FromResult(connection) : _pool.Reader.ReadAsync(cancellationToken);

    internal void Return(ExportConnection connection) => _pool.Writer.TryWrite(connection);

    /// <summary>Closes every connection, which lets the file of a replaced export be freed.</summary>
    internal void Close()
    {
        _pool.Writer.TryComplete();
        foreach (var c in _all) c.Dispose();
    }
}
