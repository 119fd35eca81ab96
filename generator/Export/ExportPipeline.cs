namespace SkillCert.Generator.Export;

/// <summary>
/// Runs the institutions' shares of the export on worker threads (one per core) while the calling thread writes the
/// finished ones into the export in number order. Workers may run only a bounded number of institutions ahead of
/// the writer, so memory holds a window of the rows, never all of them. Once any error is found the writer stops
/// writing, but every institution is still checked, so that one run reports every error.
/// </summary>
public static class ExportPipeline
{
    /// <summary>How many finished institutions may wait for the writer, per worker.</summary>
    public const int WindowPerWorker = 8;

    /// <summary>Runs every job; <paramref name="consume"/> gets each outcome on the calling thread, in job order.</summary>
    public static void Run(IReadOnlyList<InstitutionJob> jobs, ExportContext context, Action<InstitutionOutcome> consume)
    {
        if (jobs.Count == 0) return;
        var workers = Math.Clamp(Environment.ProcessorCount, 1, jobs.Count);
        var done = jobs.Select(_ => new TaskCompletionSource<InstitutionOutcome>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        using var window = new SemaphoreSlim(workers * WindowPerWorker);
        using var stop = new CancellationTokenSource();
        var next = -1;
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
        {
            using var worker = new ExportWorker(context);
            while (true)
            {
                try
                {
                    window.Wait(stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                var index = Interlocked.Increment(ref next);
                if (index >= jobs.Count) return;
                try
                {
                    done[index].SetResult(InstitutionExport.Run(jobs[index], context, worker));
                }
                catch (Exception e)
                {
                    done[index].SetException(e);
                }
            }
        }) { IsBackground = true, Name = "export worker" }).ToList();
        threads.ForEach(t => t.Start());
        try
        {
            for (var i = 0; i < done.Length; i++)
            {
                var outcome = done[i].Task.GetAwaiter().GetResult();
                // Let the rows go as soon as they are written; holding every outcome would hold the whole export.
                done[i] = null!;
                consume(outcome);
                window.Release();
            }
        }
        finally
        {
            stop.Cancel();
            threads.ForEach(t => t.Join());
        }
    }
}
