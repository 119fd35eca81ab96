using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Preview;

/// <summary>
/// The preview's one worker: it makes a snapshot at start, and again after each settled batch of edits, then renders
/// and link-checks the new snapshot in the background. An edit of institution files shows on their pages first, from a
/// provisional snapshot, while the whole catalogue is loaded and planned again. A snapshot that fails a check is never
/// shown: the pages stay as they were and the problems are laid over them.
/// </summary>
public sealed class LivePreview(PreviewBuild build, TextWriter log)
{
    private readonly Lock _gate = new();
    private PreviewState _state = new(null, null, [], 0, Checking: false);
    private CancellationTokenSource _checking = new();

    public PreviewOptions Options => build.Options;

    public RenderedFiles Files { get; } = new();

    public ReloadSignal Signal { get; } = new();

    public OpenPages Pages { get; } = new();

    /// <summary>How long the rest of the catalogue waits for the edited pages to be served again: a tab may have been closed.</summary>
    public static readonly TimeSpan ReloadPatience = TimeSpan.FromSeconds(1);

    public PreviewState State => Volatile.Read(ref _state);

    /// <summary>The background check of the shown snapshot, for tests and benchmarks that wait for it.</summary>
    public Task Checked { get; private set; } = Task.CompletedTask;

    /// <summary>Makes the first snapshot; the content may be broken, and the preview then starts with the problems alone.</summary>
    public Task StartAsync() => RebuildAsync(null);

    /// <summary>Rebuilds after each batch of changes until <paramref name="stop"/>; a batch is what arrived before the files settled.</summary>
    public async Task WatchAsync(ChannelReader<string> changes, CancellationToken stop)
    {
        try
        {
            while (await changes.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                var batch = new HashSet<string>(StringComparer.Ordinal);
                do
                {
                    while (changes.TryRead(out var path)) batch.Add(path);
                    foreach (var path in batch) await FileSettling.WaitAsync(path, stop).ConfigureAwait(false);
                    // Many editors empty a file, then write it: an empty file waits a moment for the write that fills it.
                    if (!changes.TryPeek(out _) && batch.Any(FileSettling.IsEmpty))
                        await Task.WhenAny(changes.WaitToReadAsync(stop).AsTask(), Task.Delay(FileSettling.EmptyPatience, stop)).ConfigureAwait(false);
                }
                while (changes.TryPeek(out _));
                await RebuildAsync(batch).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Reads again what changed (everything when <paramref name="changed"/> is null) and shows the result.</summary>
    public async Task RebuildAsync(IReadOnlyCollection<string>? changed)
    {
        var clock = Stopwatch.StartNew();
        var before = State;
        var everything = changed is null || changed.Contains(ContentWatcher.Everything);
        if (everything) build.ChangedEverything();
        else build.Changed(changed!);
        if (!everything && before is { Shown: { } shown, HasErrors: false } && build.Quick(changed!, shown) is { } quick)
        {
            // The pages it changes are awaited before they are told to reload, so that none is served before it is awaited.
            var reloaded = Pages.OpenedAgain(Pages.OutOfDateIn(before with { Shown = quick }));
            Publish(s => s with { Shown = quick });
            log.WriteLine($"已显示改动的机构页面（{Ms(clock)}），正在更新其余页面");
            if (await Task.WhenAny(reloaded, Task.Delay(ReloadPatience)).ConfigureAwait(false) != reloaded) Pages.StopWaiting();
        }
        var bag = new DiagnosticBag();
        var snapshot = build.Make(bag);
        if (snapshot is null)
        {
            var problems = bag.Sorted();
            // A provisional page that the whole catalogue's checks refuse is taken back.
            if (Publish(s => s.WithProblems(problems) with { Shown = before.Shown }))
                Say($"内容有 {bag.ErrorCount} 处错误，预览仍显示上次正确的页面（{Ms(clock)}）：", problems);
            return;
        }
        var changedFiles = snapshot.CountChangedSince(before.Shown);
        if (changedFiles == 0 && !before.HasErrors && State.Shown?.IsProvisional != true)
        {
            log.WriteLine($"没有页面需要更新（读了 {build.InstitutionFilesRead} 个机构文件，{Ms(clock)}）");
            return;
        }
        _checking.Cancel();
        _checking = new CancellationTokenSource();
        Publish(s => s.WithProblems([]) with { Shown = snapshot, Checking = true });
        log.WriteLine($"已更新：{changedFiles} 个文件有变化，读了 {build.InstitutionFilesRead} 个机构文件（{Ms(clock)}）");
        var cancel = _checking.Token;
        Checked = Task.Run(() => Check(snapshot, cancel), CancellationToken.None);
    }

    /// <summary>Renders every page of the snapshot and checks its links; a failure brings back the last checked pages.</summary>
    private void Check(PreviewSnapshot snapshot, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<Diagnostic> problems;
        try
        {
            problems = build.Verify(snapshot, Files, cancel);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        var good = problems.Count == 0;
        var published = Publish(s => cancel.IsCancellationRequested || s.Shown != snapshot ? s
            : good ? s with { LastChecked = snapshot, Checking = false }
            : s.WithProblems(problems) with { Shown = s.LastChecked, Checking = false });
        if (!published) return;
        if (good)
        {
            Files.KeepOnly(snapshot.Plan.Select(p => p.Path).ToHashSet(StringComparer.Ordinal));
            log.WriteLine($"全部 {snapshot.Plan.Count} 个文件已检查，链接无误（{Ms(clock)}）");
        }
        else
        {
            Say($"页面检查发现 {problems.Count(p => p.IsError)} 处错误，预览退回上次正确的页面（{Ms(clock)}）：", problems);
        }
    }

    /// <summary>Swaps in the state that <paramref name="change"/> makes of the current one; true when it differs, and the open pages are told.</summary>
    private bool Publish(Func<PreviewState, PreviewState> change)
    {
        lock (_gate)
        {
            var before = State;
            var after = change(before);
            if (after == before) return false;
            Volatile.Write(ref _state, after);
        }
        Signal.Raise();
        return true;
    }

    private void Say(string headline, IReadOnlyList<Diagnostic> problems)
    {
        log.WriteLine(headline);
        foreach (var d in problems) log.WriteLine("  " + d.ToString(DiagnosticStyle.Current.Language));
    }

    private static string Ms(Stopwatch clock) => string.Create(CultureInfo.InvariantCulture, $"{clock.ElapsedMilliseconds} 毫秒");
}
