using System.Collections.Concurrent;
using SkillCert.Generator.Build;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Content;

/// <summary>
/// The institution files of the last build as they were read and checked, keyed by file and by a hash of the file's
/// text, with the stamp (size and time of last write) each file had. Parsing YAML is most of a build's loading, and
/// opening ten thousand files much of the rest, so a rebuild does not even read a file whose stamp is unchanged, reads
/// but does not parse one whose text is unchanged, and parses only those whose text, or the occupation list they are
/// checked against, has changed. Only files that were read without a single diagnostic are kept, so a file with
/// anything to say is always read again and says it again.
/// </summary>
public sealed class ParsedInstitutions
{
    private readonly IReadOnlyDictionary<string, LoadedInstitution> _previous;
    private readonly IReadOnlyDictionary<string, FileStamp> _previousStamps;
    private readonly long _readAt = DateTime.UtcNow.Ticks;
    private readonly ConcurrentDictionary<string, LoadedInstitution> _current;
    private readonly ConcurrentDictionary<string, FileStamp> _stamps;
    private readonly ConcurrentDictionary<string, bool> _fresh = new(StringComparer.Ordinal);
    private readonly (string File, long Length, int Appended)? _loadedFrom;
    private int _kept;
    private int _keptNew;
    private int _reused;
    private int _unread;
    private int _restamped;

    /// <summary>
    /// How many records may be appended after the whole cache before it is written whole again: a rebuild reads them all,
    /// and a cache of 10,000 files read 1,000 files more costs a load some 4 ms.
    /// </summary>
    public const int MostAppended = 1000;

    private ParsedInstitutions(string occupationsHash, IReadOnlyDictionary<string, LoadedInstitution> previous,
        IReadOnlyDictionary<string, FileStamp>? stamps = null, (string File, long Length, int Appended)? loadedFrom = null)
    {
        OccupationsHash = occupationsHash;
        _previous = previous;
        _previousStamps = stamps ?? new Dictionary<string, FileStamp>();
        _loadedFrom = loadedFrom;
        // Sized for every file of the last load, so that a rebuild's 10,000 unchanged files never grow the tables (a profile
        // of an address edit at load 11: 4 ms of FindUnchanged's 27).
        _current = new(Environment.ProcessorCount, previous.Count, StringComparer.Ordinal);
        _stamps = new(Environment.ProcessorCount, previous.Count, StringComparer.Ordinal);
    }

    /// <summary>The hash of the occupation list the entries were checked against; another list invalidates them all.</summary>
    public string OccupationsHash { get; }

    /// <summary>How many files were taken from the cache in this load.</summary>
    public int Reused => _reused;

    /// <summary>How many of those were not even read, their stamp being unchanged.</summary>
    public int Unread => _unread;

    /// <summary>A cache with nothing in it, for a cold build: every file is parsed, and what was read clean is kept for the next.</summary>
    public static ParsedInstitutions Empty(string occupationsHash) => new(occupationsHash, new Dictionary<string, LoadedInstitution>());

    /// <summary>The cache in the file, or an empty one when there is none, it is damaged, or it was written for other occupations or by another generator.</summary>
    public static ParsedInstitutions Load(string file, string occupationsHash) => Of(file, Read(file), occupationsHash);

    /// <summary>The cache as stored in the file, with the file's length, or null when there is none or it is damaged; <see cref="Of"/> checks whom it was written for.</summary>
    public static (ParsedInstitutionsFile Stored, long Length)? Read(string file) =>
        CacheFile.Read<(ParsedInstitutionsFile, long)?>(file, data => (ParsedInstitutionsFormat.Read(data), data.LongLength));

    /// <summary>The cache <see cref="Read"/> found in the file, or an empty one when it found none or it was written for other occupations or by another generator.</summary>
    public static ParsedInstitutions Of(string file, (ParsedInstitutionsFile Stored, long Length)? read, string occupationsHash)
    {
        if (read is not var (stored, length) || stored.Generator != Fingerprint.Generator || stored.Occupations != occupationsHash)
            return Empty(occupationsHash);
        return new(occupationsHash, stored.Institutions, stored.Stamps,
            (file, length, stored.Appended));
    }

    /// <summary>
    /// The file's institution as last read, without reading the file, when its stamp is the one it had then and it had
    /// been written well before that read began (the cache keeps no other stamp); null when the file must be read.
    /// </summary>
    public LoadedInstitution? FindUnchanged(string file, FileStamp? stamp)
    {
        if (stamp is null || !_previousStamps.TryGetValue(file, out var known) || known != stamp
            || !_previous.TryGetValue(file, out var loaded)) return null;
        _stamps[file] = stamp;
        _current[file] = loaded;
        Interlocked.Increment(ref _reused);
        Interlocked.Increment(ref _unread);
        return loaded;
    }

    /// <summary>The file's institution as last read, when its text is the same; <paramref name="stamp"/> is the one it has now.</summary>
    public LoadedInstitution? Find(string file, string contentHash, FileStamp? stamp)
    {
        if (!_previous.TryGetValue(file, out var loaded) || loaded.ContentHash != contentHash) return null;
        _current[file] = loaded;
        Stamp(file, stamp);
        Interlocked.Increment(ref _reused);
        return loaded;
    }

    /// <summary>Keeps a file that was just parsed without a diagnostic for the next build, with the stamp it had before it was read.</summary>
    public void Keep(LoadedInstitution loaded, FileStamp? stamp)
    {
        _current[loaded.File] = loaded;
        _fresh[loaded.File] = true;
        Stamp(loaded.File, stamp);
        Interlocked.Increment(ref _kept);
        if (!_previous.ContainsKey(loaded.File)) Interlocked.Increment(ref _keptNew);
    }

    // A file touched but not changed, or one that was too fresh to be trusted last time and has settled since, gets its
    // stamp kept anew, so that the next build need not read it either.
    private void Stamp(string file, FileStamp? stamp)
    {
        if (stamp is null) return;
        _stamps[file] = stamp;
        if (_previousStamps.GetValueOrDefault(file) != stamp && stamp.SettledBy(_readAt))
        {
            _fresh[file] = true;
            Interlocked.Increment(ref _restamped);
        }
    }

    /// <summary>
    /// True when the next build would find something other than what this one found: a file newly kept, or a kept one
    /// gone or no longer clean. A file that warns is parsed every time but changes nothing here, so it costs no rewrite.
    /// </summary>
    public bool Changed => _kept > 0 || _restamped > 0 || _current.Count != _previous.Count;

    // Every file this load found is either one of the last load's or newly kept, so the last load's are all still here
    // when the count says so, without looking each up (a profile of an address edit at load 11: 7 ms).
    private bool LostAny => _current.Count - _keptNew != _previous.Count;

    /// <summary>
    /// Keeps what this load read for the next. When it was loaded from <paramref name="file"/>, which has not changed since,
    /// lost none of its files, and has room, only the files read anew are appended; otherwise the whole cache is written,
    /// through a temporary file, so a crash never leaves half a cache.
    /// </summary>
    public void Save(string file)
    {
        if (_loadedFrom is { } from && from.File == file && from.Appended + _fresh.Count <= MostAppended && !LostAny
            && TryAppend(file, from.Length)) return;
        var stored = new ParsedInstitutionsFile(Fingerprint.Generator, OccupationsHash,
            _current, _readAt, _stamps.Where(s => _current.ContainsKey(s.Key)).ToDictionary(StringComparer.Ordinal));
        CacheFile.Replace(file, stream => ParsedInstitutionsFormat.Write(stream, stored));
    }

    // The length is checked under the lock that keeps another build from appending at the same time: a cache that changed
    // since this load read it is written whole instead.
    private bool TryAppend(string file, long length)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            if (stream.Length != length) return false;
            stream.Seek(0, SeekOrigin.End);
            var fresh = _fresh.Keys.Order(StringComparer.Ordinal).Select(f => _current[f]).ToArray();
            ParsedInstitutionsFormat.Append(stream, _readAt, fresh, _stamps);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The hash an entry is compared by: the file's text, as the loader decoded it.</summary>
    public static string HashOf(string text) => Fingerprint.OfText(text);
}
