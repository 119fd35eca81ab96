using System.Collections.Concurrent;
using SkillCert.Generator.Build;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Content;

/// <summary>
/// The policy pages of the last build as Markdig made them, keyed by file with the stamp each file had: a rebuild takes a
/// page whose stamp is unchanged from here instead of parsing and rendering its Markdown again. A page depends on nothing
/// but its file's text and path and on the code that reads it, so the cache is ignored when the generator, Markdig or
/// YamlDotNet is another build than the one that wrote it. Only pages read without a single diagnostic are kept, so a page
/// with anything to say is read again and says it again; a stamp is trusted as the parse cache trusts one
/// (<see cref="FileStamp.Settled"/>). incremental.sh bench content, traced address edits: LoadPages 45-91 ms CPU with
/// Markdig, 9-23 ms from the cache; ab.sh N=7, no-change rebuild with StoredFields, 0.42 -> 0.38 s CPU.
/// </summary>
public sealed class ParsedPages
{
    private readonly IReadOnlyDictionary<string, ParsedPage> _previous;
    private readonly long _readAt = DateTime.UtcNow.Ticks;
    private readonly ConcurrentDictionary<string, ParsedPage> _current = new(StringComparer.Ordinal);
    private int _kept;
    private int _reused;

    private ParsedPages(IReadOnlyDictionary<string, ParsedPage> previous) => _previous = previous;

    /// <summary>
    /// Who made the pages of a cache, and who may use them: this generator with this Markdig and this YamlDotNet (a newer Markdig may render the same
    /// Markdown otherwise, and the generator's own id need not change with it).
    /// </summary>
    public static string MadeBy { get; } = string.Join(' ', Fingerprint.Generator,
        typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(YamlDotNet.Core.Parser).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    /// <summary>How many pages were taken from the cache in this load.</summary>
    public int Reused => _reused;

    /// <summary>A cache with nothing in it, for a cold build: every page is parsed, and what was read clean is kept for the next.</summary>
    public static ParsedPages Empty() => new(new Dictionary<string, ParsedPage>());

    /// <summary>The cache in the file, or an empty one when there is none, it is damaged, or it was written by another generator.</summary>
    public static ParsedPages Load(string file) => Of(CacheFile.Read(file, data => ParsedPagesFormat.Read(data)), MadeBy);

    /// <summary>The cache as stored, with only the pages whose stamps can be trusted, or an empty one when another build of the code (<paramref name="madeBy"/>) wrote it.</summary>
    public static ParsedPages Of(ParsedPagesFile? stored, string madeBy)
    {
        if (stored is null || stored.Generator != madeBy) return Empty();
        return new(stored.Pages.Where(p => p.Value.Stamp.SettledBy(stored.ReadAtTicks)).ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The page as last read, when its file's stamp is the one it had then; null when the file must be read.</summary>
    public LoadedPage? FindUnchanged(string file, FileStamp? stamp)
    {
        if (stamp is null || !_previous.TryGetValue(file, out var known) || known.Stamp != stamp) return null;
        _current[file] = known;
        Interlocked.Increment(ref _reused);
        return known.Page;
    }

    /// <summary>Keeps a page that was just read without a diagnostic for the next build, with the stamp its file had before it was read.</summary>
    public void Keep(LoadedPage page, FileStamp? stamp)
    {
        if (stamp is null) return;
        _current[page.File] = new ParsedPage(stamp, page);
        Interlocked.Increment(ref _kept);
    }

    /// <summary>True when the next build would find something other than what this one found: a page kept anew, or one gone.</summary>
    public bool Changed => _kept > 0 || _current.Count != _previous.Count;

    /// <summary>Keeps what this load read for the next, through a temporary file, so a crash never leaves half a cache.</summary>
    public void Save(string file) => CacheFile.Replace(file, stream => ParsedPagesFormat.Write(stream, new ParsedPagesFile(MadeBy, _readAt, _current)));
}
