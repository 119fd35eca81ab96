using System.Collections.Concurrent;

namespace SkillCert.Generator.Preview;

/// <summary>
/// The preview's pages open in browsers, as their event streams announce them, each with the token it was served with.
/// After an edit the preview waits until the open pages it told to reload are open again, their new event streams
/// connected (which the browser does once the page is parsed), so that the page an administrator is looking at has the
/// machine to itself before the rest of the catalogue is planned.
/// </summary>
public sealed class OpenPages
{
    private readonly ConcurrentDictionary<long, (string Path, string Token)> _open = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _awaited = new(StringComparer.Ordinal);
    private long _ids;

    /// <summary>How many pages have an event stream open.</summary>
    public int Count => _open.Count;

    /// <summary>Records an open page until the returned handle is disposed, when its stream ends.</summary>
    public IDisposable Opened(string path, string token)
    {
        var id = Interlocked.Increment(ref _ids);
        _open[id] = (path, token);
        if (_awaited.TryRemove(path, out var waiting)) waiting.TrySetResult();
        return new Closing(() => _open.TryRemove(id, out _));
    }

    /// <summary>The addresses of the open pages whose token in <paramref name="state"/> differs from the one they show.</summary>
    public IReadOnlyList<string> OutOfDateIn(PreviewState state) =>
        _open.Values.Where(p => PageToken.Of(state, p.Path) != p.Token).Select(p => p.Path).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Completes once a page has been opened again at each of <paramref name="paths"/>.</summary>
    public Task OpenedAgain(IReadOnlyList<string> paths) =>
        Task.WhenAll(paths.Select(p => _awaited.GetOrAdd(p, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task));

    /// <summary>Forgets pages still awaited: their tabs were closed, or they will be served later.</summary>
    public void StopWaiting()
    {
        foreach (var path in _awaited.Keys)
        {
            if (_awaited.TryRemove(path, out var waiting)) waiting.TrySetResult();
        }
    }

    private sealed class Closing(Action close) : IDisposable
    {
        public void Dispose() => close();
    }
}
