using System.Threading.Channels;

namespace SkillCert.Generator.Preview;

/// <summary>
/// Watches the content and templates folders, with their subfolders, and hands on the path of every file that was
/// created, written, renamed or deleted. When the system drops events (too many at once) it hands on
/// <see cref="Everything"/> instead, and the preview reads all again.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    /// <summary>Stands for "changes were lost; read everything again".</summary>
    public const string Everything = "";

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];

    public ContentWatcher(params string[] folders)
    {
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Write(e.FullPath);
            watcher.Created += (_, e) => Write(e.FullPath);
            watcher.Deleted += (_, e) => Write(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Write(e.OldFullPath);
                Write(e.FullPath);
                // A renamed folder moves every file in it, and no event names them.
                if (Directory.Exists(e.FullPath)) Write(Everything);
            };
            watcher.Error += (_, _) => Write(Everything);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public ChannelReader<string> Changes => _changes.Reader;

    private void Write(string path) => _changes.Writer.TryWrite(path);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _changes.Writer.TryComplete();
    }
}
