using System.Runtime.CompilerServices;

namespace SkillCert.Generator.Preview;

/// <summary>Wakes every open page's event stream when the preview's state changes, so each can ask whether it is out of date.</summary>
public sealed class ReloadSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Raise()
    {
        TaskCompletionSource raised;
        lock (_gate)
        {
            raised = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        raised.SetResult();
    }

    /// <summary>Once at once, then once after each change, until <paramref name="cancel"/> ends the stream.</summary>
    public async IAsyncEnumerable<bool> Changes([EnumeratorCancellation] CancellationToken cancel)
    {
        var ended = Task.Delay(Timeout.Infinite, cancel);
        while (!cancel.IsCancellationRequested)
        {
            Task next;
            lock (_gate) next = _next.Task;
            yield return true;
            await Task.WhenAny(next, ended).ConfigureAwait(false);
        }
    }
}
