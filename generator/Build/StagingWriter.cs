using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace SkillCert.Generator.Build;

/// <summary>
/// Writes the staged files from one thread while the renderers run on the others. Creating files and
/// folders is where a build spends most of its time, and two threads creating them in one tree only wait
/// for each other's folder locks; one writer, fed through a bounded queue, keeps both cores useful.
/// </summary>
public sealed class StagingWriter : IDisposable
{
    private readonly string _root;
    private readonly BlockingCollection<StagedFile> _queue = new(boundedCapacity: 256);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _failure;

    public StagingWriter(string root)
    {
        _root = root;
        _thread = new Thread(Drain) { IsBackground = true, Name = "skillcert staging writer" };
        _thread.Start();
    }

    /// <summary>Queues a file; a pooled buffer goes back to <see cref="ArrayPool{T}.Shared"/> once it is written.</summary>
    public void Enqueue(string sitePath, byte[] buffer, int length, bool pooled) => _queue.Add(new StagedFile(sitePath, buffer, length, pooled));

    /// <summary>Waits until every queued file is written, and rethrows the first failure.</summary>
    public void Complete()
    {
        _queue.CompleteAdding();
        _thread.Join();
        _failure?.Throw();
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
    }

    private void Drain()
    {
        foreach (var (path, buffer, length, pooled) in _queue.GetConsumingEnumerable())
        {
            try
            {
                // After a failure the queue is still emptied, so that no renderer waits on a full queue for ever.
                if (_failure is null) Write(path, buffer.AsSpan(0, length));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                if (pooled) ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private void Write(string sitePath, ReadOnlySpan<byte> data)
    {
        var file = Path.Combine(_root, sitePath);
        var folder = Path.GetDirectoryName(file)!;
        if (_folders.Add(folder)) Directory.CreateDirectory(folder);
        SiteFile.Write(file, data);
    }
}
