using System.Collections.Concurrent;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Build;

/// <summary>What the stages hand on to one another during one build.</summary>
public sealed class BuildState(BuildOptions options, DiagnosticBag bag, IBuildProgress progress)
{
    public BuildOptions Options { get; } = options;

    public DiagnosticBag Bag { get; } = bag;

    public IBuildProgress Progress { get; } = progress;

    public SiteFolders Folders { get; } = SiteFolders.For(options.OutDir);

    public LoadedContent? Content { get; set; }

    public ExportSnapshot? Export { get; set; }

    public SiteTemplates? Templates { get; set; }

    public CatalogueOnDay? Catalogue { get; set; }

    /// <summary>The previous build of the same output folder, or an empty cache on a cold build.</summary>
    public BuildCache Previous { get; set; } = BuildCache.Empty;

    /// <summary>Every file of the site but the compressed twins, which follow their files (<see cref="Twins"/>).</summary>
    public IReadOnlyList<PlannedOutput> Plan
    {
        get;
        set
        {
            field = value;
            _plannedPaths = null;
        }
    } = [];

    /// <summary>How many compressed twins the site has beside <see cref="Plan"/>'s files, once the compress stage has run.</summary>
    public int Twins { get; set; }

    private HashSet<string>? _plannedPaths;

    /// <summary>
    /// The paths of <see cref="Plan"/>'s files, made once for the stages that ask (verify links, write: incremental.sh, 21,689
    /// paths hashed once a rebuild, not twice).
    /// </summary>
    public HashSet<string> PlannedPaths() => _plannedPaths ??= Plan.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every file of the site, the compressed twins with their files.</summary>
    public HashSet<string> AllFiles()
    {
        var files = new HashSet<string>(Plan.Count + Twins, StringComparer.Ordinal);
        foreach (var output in Plan) CompressedTwinNames.AddWithTwin(files, output.Path);
        return files;
    }

    /// <summary>What this build's plan learned, kept in the build cache for the next build.</summary>
    public Site.Memo.PlanMemo? Memo { get; set; }

    /// <summary>Site paths rendered and written to the staging folder by this build.</summary>
    public ConcurrentDictionary<string, bool> Rendered { get; } = new(StringComparer.Ordinal);

    /// <summary>Links and ids of the HTML pages this build rendered; the others' stay in <see cref="Previous"/> until a check needs them.</summary>
    public ConcurrentDictionary<string, PageLinks> Links { get; } = new(StringComparer.Ordinal);

    public int Written { get; set; }

    /// <summary>The staging folder, created on the first write; null while nothing has been written.</summary>
    public string? Staging { get; private set; }

    private readonly Lock _stagingGate = new();

    /// <summary>True when the staging folder is the recycled spare tree, whose files are overwritten in place.</summary>
    public bool StagingRecycled { get; private set; }

    /// <summary>
    /// The staging folder. A full build (<paramref name="full"/>) takes over the spare tree when there is one:
    /// on ext4 and most other file systems, creating and deleting tens of thousands of files costs far more than
    /// rewriting them, so the two trees take turns instead.
    /// </summary>
    public string EnsureStaging(bool full = false)
    {
        lock (_stagingGate)
        {
            if (Staging is not null) return Staging;
            Directory.CreateDirectory(Folders.Work);
            Staging = Path.Combine(Folders.Work, $"staging-{Environment.ProcessId}");
            if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
            if (full && Directory.Exists(Folders.Spare))
            {
                Directory.Move(Folders.Spare, Staging);
                StagingRecycled = true;
            }
            else
            {
                Directory.CreateDirectory(Staging);
            }
            return Staging;
        }
    }
}
