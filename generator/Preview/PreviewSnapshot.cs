using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Preview;

/// <summary>
/// One state of the site as the preview plans it: every file by its site path, with the catalogue it was planned from.
/// Immutable, so a request that began on one snapshot finishes on it while the next is being made. A provisional
/// snapshot is an earlier one with the files of a few edited institutions replaced, shown while the whole is planned.
/// </summary>
public sealed class PreviewSnapshot
{
    private static long _serials;

    private readonly IReadOnlyDictionary<string, PlannedOutput> _files;
    private readonly IReadOnlyDictionary<string, PlannedOutput>? _replaced;
    private readonly Lazy<IReadOnlyList<CatalogueChange>> _changes;

    public PreviewSnapshot(CatalogueOnDay catalogue, IReadOnlyList<PlannedOutput> plan, IReadOnlyList<Diagnostic> warnings, DateOnly today)
    {
        Catalogue = catalogue;
        Plan = plan;
        Warnings = warnings;
        Today = today;
        Serial = Interlocked.Increment(ref _serials);
        _files = plan.ToDictionary(p => p.Path, StringComparer.Ordinal);
        _changes = new(() => CatalogueChange.Between(catalogue, today));
    }

    private PreviewSnapshot(PreviewSnapshot whole, IReadOnlyDictionary<string, PlannedOutput> replaced)
    {
        Catalogue = whole.Catalogue;
        Plan = whole.Plan;
        Warnings = whole.Warnings;
        Today = whole.Today;
        Serial = whole.Serial;
        _files = whole._files;
        _replaced = replaced;
        _changes = whole._changes;
    }

    /// <summary>The catalogue of the whole plan; a provisional snapshot keeps the one it was made from.</summary>
    public CatalogueOnDay Catalogue { get; }

    /// <summary>Every file of the whole plan; a provisional snapshot's replacements are not in it.</summary>
    public IReadOnlyList<PlannedOutput> Plan { get; }

    /// <summary>The warnings of the content this snapshot was made from; they never hold a page back.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>The day the catalogue's changes are counted from.</summary>
    public DateOnly Today { get; }

    /// <summary>Tells the catalogues of snapshots apart: a provisional snapshot has the serial of the one it was made from.</summary>
    public long Serial { get; }

    public bool IsProvisional => _replaced is not null;

    /// <summary>The institutions whose status on the previewed day differs from today's; worked out when first asked for.</summary>
    public IReadOnlyList<CatalogueChange> Changes => _changes.Value;

    /// <summary>This snapshot with some files replaced or added: the pages of edited institutions, shown before the rest is planned.</summary>
    public PreviewSnapshot With(IEnumerable<PlannedOutput> replacements) =>
        new(this, replacements.ToDictionary(p => p.Path, StringComparer.Ordinal));

    /// <summary>The file planned at a site path.</summary>
    public PlannedOutput? File(string sitePath) =>
        _replaced?.GetValueOrDefault(sitePath) ?? _files.GetValueOrDefault(sitePath);

    /// <summary>The file that answers a request path: <c>/x/</c> is x/index.html, and <c>/</c> the home page.</summary>
    public PlannedOutput? Find(string requestPath) => File(SiteUrls.FileOf(requestPath.Length == 0 ? "/" : requestPath));

    /// <summary>True when <c>/x</c> names a folder whose index page exists, so that the request belongs at <c>/x/</c>.</summary>
    public bool IsFolder(string requestPath) => !requestPath.EndsWith('/') && File(SiteUrls.FileOf(requestPath + "/")) is not null;

    /// <summary>How many files differ from <paramref name="earlier"/>'s: changed, added or gone.</summary>
    public int CountChangedSince(PreviewSnapshot? earlier) => earlier is null ? Plan.Count
        : Plan.Count(p => earlier.File(p.Path)?.Fingerprint != p.Fingerprint) + earlier.Plan.Count(p => !_files.ContainsKey(p.Path));
}
