namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// The export in service, swapped atomically when a new file is loaded. Requests open sessions on whatever
/// generation is current when they start and finish on it.
/// </summary>
public sealed class ExportStore : IDisposable
{
    private ExportGeneration? _current;
    private ExportRefusal? _lastRefusal;

    /// <summary>The generation in service, or null before any export could be loaded.</summary>
    public ExportGeneration? Current => Volatile.Read(ref _current);

    /// <summary>Why the last candidate file was not loaded, if it was not; cleared by the next successful load.</summary>
    public ExportRefusal? LastRefusal => Volatile.Read(ref _lastRefusal);

    /// <summary>A session on the current export, or null when none is loaded.</summary>
    public async ValueTask<ExportSession?> OpenSessionAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var generation = Current;
            if (generation is null) return null;
            // A generation retired between the read and the reference is skipped for its successor.
            if (!generation.TryAddReference()) continue;
            try
            {
                var connection = await generation.RentAsync(cancellationToken).ConfigureAwait(false);
                return new ExportSession(generation, connection);
            }
            catch
            {
                generation.ReleaseReference();
                throw;
            }
        }
    }

    /// <summary>Puts a loaded generation into service; the one it replaces closes after its last session.</summary>
    public void Install(ExportGeneration generation)
    {
        var previous = Interlocked.Exchange(ref _current, generation);
        Volatile.Write(ref _lastRefusal, null);
        previous?.ReleaseReference();
    }

    public void Refuse(ExportRefusal refusal) => Volatile.Write(ref _lastRefusal, refusal);

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.ReleaseReference();
}
