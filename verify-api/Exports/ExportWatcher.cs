using Microsoft.Extensions.Options;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// Loads the configured export at start-up, then watches its path: a file-system event or a change in the
/// file's size or time (checked every <see cref="PollInterval"/>, for file systems that send no events)
/// leads to a new load. A refused file is retried only once it changes, unless the refusal was transient.
/// </summary>
public sealed class ExportWatcher(ExportStore store, ExportLoader loader, IOptions<VerifyOptions> options, ILogger<ExportWatcher> logger)
    : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    // A rename arrives as several events; waiting this long after the first lets the rest pass.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);
    private FileSystemWatcher? _watcher;
    private FileStamp? _refusedStamp;
    private bool _refusalTransient;
    private (FileStamp? Stamp, string Code)? _refusalSaid;

    private string? ExportPath => string.IsNullOrWhiteSpace(options.Value.Export) ? null : Path.GetFullPath(options.Value.Export);

    /// <summary>The first load happens before the server takes requests, so a good export is ready at once.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (ExportPath is null) ExportLog.NotConfigured(logger, options.Value.MessageLanguage());
        else Check(force: true);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (ExportPath is not { } path) return;
        var stamp = FileStamp.Of(path);
        while (!stoppingToken.IsCancellationRequested)
        {
            EnsureWatching(path);
            var signalled = await _signal.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
            if (signalled)
            {
                await Task.Delay(Settle, stoppingToken).ConfigureAwait(false);
                while (_signal.CurrentCount > 0) await _signal.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            var now = FileStamp.Of(path);
            var changed = now != stamp;
            stamp = now;
            var retryRefused = store.Current is null || _refusalTransient || now != _refusedStamp;
            if ((signalled || changed || store.Current is null || _refusalTransient) && retryRefused) Check(force: false);
        }
    }

    /// <summary>Loads the file when it holds a version other than the one in service.</summary>
    private void Check(bool force)
    {
        var path = ExportPath!;
        var before = FileStamp.Of(path);
        var current = store.Current;
        ExportGeneration? generation;
        ExportRefusal? refusal;
        try
        {
            generation = loader.Load(path, force ? null : current?.Version, out refusal);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever a candidate file does, the service keeps answering from the export it has.
            ExportLog.Failed(logger, options.Value.MessageLanguage(), Path.GetFileName(path), e);
            generation = null;
            refusal = new ExportRefusal(RefusalReasons.Failed(Path.GetFileName(path), e.Message), false, DateTimeOffset.UtcNow);
        }
        if (generation is not null)
        {
            store.Install(generation);
            _refusedStamp = null;
            _refusalTransient = false;
            _refusalSaid = null;
            ExportLog.Loaded(logger, options.Value.MessageLanguage(), generation.Version, Path.GetFileName(path), generation.Meta.CertificateCount,
                generation.InstitutionCount, generation.Meta.ExportedAt);
            if (current is not null) ExportLog.Retired(logger, options.Value.MessageLanguage(), current.Version, generation.Version);
        }
        else if (refusal is not null)
        {
            store.Refuse(refusal);
            _refusedStamp = before;
            _refusalTransient = refusal.Transient;
            // With nothing in service the file is tried again at every poll; its refusal is said once, until the file or the
            // reason changes, so the log is not the same line every two seconds.
            if (_refusalSaid != (before, refusal.Problem.Code))
            {
                _refusalSaid = (before, refusal.Problem.Code);
                ExportLog.Refused(logger, options.Value.MessageLanguage(), refusal.Problem, current?.Version);
            }
            else ExportLog.StillRefused(logger, options.Value.MessageLanguage(), refusal.Problem);
        }
    }

    private void EnsureWatching(string path)
    {
        if (_watcher is not null) return;
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder)) return;
        try
        {
            var watcher = new FileSystemWatcher(folder, Path.GetFileName(path))
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            FileSystemEventHandler onChange = (_, _) => _signal.Release();
            watcher.Created += onChange;
            watcher.Changed += onChange;
            watcher.Deleted += onChange;
            watcher.Renamed += (_, _) => _signal.Release();
            watcher.Error += (_, _) => _signal.Release();
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            ExportLog.NotWatching(logger, options.Value.MessageLanguage(), folder, e.Message);
        }
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        _signal.Dispose();
        base.Dispose();
    }
}
