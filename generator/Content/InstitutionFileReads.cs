using System.Collections.Concurrent;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>
/// The institution files as a long-running process last read them, held in memory with what each file had to say, so
/// that reloading the content reads again only the files it was told have changed. The preview forgets a file when the
/// file system reports an edit, and the whole set when the occupation list the files were checked against changes.
/// </summary>
public sealed class InstitutionFileReads
{
    private readonly ConcurrentDictionary<string, (LoadedInstitution? Loaded, IReadOnlyList<Diagnostic> Said)> _reads = new(StringComparer.Ordinal);
    private string? _occupationsHash;
    private int _fresh;

    /// <summary>How many files the last load read from disk, with those read one by one since the load before.</summary>
    public int ReadLastTime { get; private set; }

    /// <summary>Forgets one file, by any spelling of its path, so that the next load reads it again.</summary>
    public void Forget(string path) => _reads.TryRemove(Path.GetFullPath(path), out _);

    /// <summary>Forgets every file: the folder was moved, or too many changes came at once to name them.</summary>
    public void ForgetAll() => _reads.Clear();

    /// <summary>Starts a load: a different occupation list invalidates every file, since scopes are checked against it.</summary>
    internal void Begin(string? occupationsText)
    {
        var hash = occupationsText is null ? "" : ParsedInstitutions.HashOf(occupationsText);
        if (hash != _occupationsHash) ForgetAll();
        _occupationsHash = hash;
    }

    /// <summary>The file's institution, read by <paramref name="read"/> only when it is not known; its diagnostics go to <paramref name="bag"/> either way.</summary>
    internal LoadedInstitution? Read(string file, DiagnosticBag bag, Func<DiagnosticBag, LoadedInstitution?> read)
    {
        var key = Path.GetFullPath(file);
        if (!_reads.TryGetValue(key, out var known))
        {
            var own = new DiagnosticBag();
            known = (read(own), own.Items);
            _reads[key] = known;
            Interlocked.Increment(ref _fresh);
        }
        foreach (var d in known.Said) bag.Add(d);
        return known.Loaded;
    }

    /// <summary>Ends a load: files no longer listed are dropped, so that a deleted file is not kept for ever.</summary>
    internal void End(IReadOnlyCollection<string> listed)
    {
        if (_reads.Count > listed.Count)
        {
            var keep = listed.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _reads.Keys.Where(k => !keep.Contains(k)).ToArray()) _reads.TryRemove(gone, out _);
        }
        ReadLastTime = Interlocked.Exchange(ref _fresh, 0);
    }
}
