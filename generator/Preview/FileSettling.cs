namespace SkillCert.Generator.Preview;

/// <summary>
/// Waits for an editor to finish saving a file, by condition rather than by a pause: the file opens for reading, and its
/// length and time of last write are the same before and after. Together with the watcher's queue being empty, this
/// tells that the writes have settled. A file that is gone, or that may not be read, is settled as it is: the load reports it.
/// </summary>
public static class FileSettling
{
    /// <summary>Gives up waiting after this long, for a file that some program keeps writing.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    /// <summary>How long an emptied file is given to be written again before it is read as empty.</summary>
    public static readonly TimeSpan EmptyPatience = TimeSpan.FromMilliseconds(300);

    /// <summary>How soon a file still being written is looked at again: the interval of a poll, not a wait for quiet.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    public static async Task WaitAsync(string path, CancellationToken cancel)
    {
        if (path.Length == 0) return;
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && !cancel.IsCancellationRequested)
        {
            var before = Stamp(path);
            if (before is null) return;
            try
            {
                using (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1)) { }
            }
            catch (FileNotFoundException)
            {
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (UnauthorizedAccessException)
            {
                return;
            }
            catch (IOException)
            {
                // Held open by a writer that shares nothing (on Windows): look again shortly.
                await Task.Delay(Poll, cancel).ConfigureAwait(false);
                continue;
            }
            if (Stamp(path) == before) return;
            await Task.Delay(Poll, cancel).ConfigureAwait(false);
        }
    }

    /// <summary>True for a file that exists and holds nothing: most likely one an editor has emptied and is about to write.</summary>
    public static bool IsEmpty(string path) => path.Length > 0 && new FileInfo(path) is { Exists: true, Length: 0 };

    private static (long Length, DateTime Written)? Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
    }
}
