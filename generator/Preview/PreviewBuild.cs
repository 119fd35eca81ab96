using System.Collections.Concurrent;
using SkillCert.Core.Catalogue;
using SkillCert.Generator.Build;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Preview;

/// <summary>
/// The build's stages, held in memory between edits: the content is loaded as <c>skillcert build</c> loads it, but only
/// the files the watcher names are read again; the build's own check stage evaluates the catalogue on the day; the
/// planner fingerprints every file; and pages are rendered only when asked for, then checked for links as the build
/// checks them. Nothing is written to disk.
/// </summary>
public sealed class PreviewBuild(PreviewOptions options)
{
    /// <summary>Where diagnostics about rendered pages say the page is: the preview has no folder of its own.</summary>
    public const string OutputName = "预览";

    private readonly InstitutionFileReads _reads = new();
    private readonly string _templatesRoot = Path.GetFullPath(options.TemplatesDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
    private SiteTemplates? _templates;
    private IReadOnlyList<Diagnostic> _templatesSaid = [];
    private bool _templatesStale = true;
    private (ExportSnapshot? Export, IReadOnlyList<Diagnostic> Said)? _export;
    private LoadedContent? _content;
    private Dictionary<string, LoadedInstitution> _byFile = [];

    public PreviewOptions Options { get; } = options;

    /// <summary>How many institution files the last <see cref="Make"/> read from disk.</summary>
    public int InstitutionFilesRead => _reads.ReadLastTime;

    private BuildOptions BuildOptions => new(Options.ContentDir, Options.TemplatesDir, OutputName, Options.AsOf, Options.ExportPath);

    /// <summary>Marks files as changed on disk: a template or asset makes the templates read again; a content file is read again.</summary>
    public void Changed(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Path.GetFullPath(path).StartsWith(_templatesRoot, StringComparison.Ordinal)) _templatesStale = true;
            else _reads.Forget(path);
        }
    }

    /// <summary>Forgets everything read, for when the watcher lost track (a folder moved, too many changes at once).</summary>
    public void ChangedEverything()
    {
        _reads.ForgetAll();
        _templatesStale = true;
    }

    /// <summary>Loads, checks and plans the site; null when a check failed, with every problem in <paramref name="bag"/>.</summary>
    public PreviewSnapshot? Make(DiagnosticBag bag)
    {
        _export ??= ReadExport();
        foreach (var d in _export.Value.Said) bag.Add(d);
        var content = ContentLoader.Load(Options.ContentDir, Options.AsOf, bag, reads: _reads);
        if (_templatesStale)
        {
            var own = new DiagnosticBag();
            _templates = SiteTemplates.Load(Options.TemplatesDir, own, MarkupLinks.Instance);
            _templatesSaid = own.Items;
            _templatesStale = false;
        }
        foreach (var d in _templatesSaid) bag.Add(d);
        if (bag.HasErrors || content is null || _templates is null) return null;
        var state = new BuildState(BuildOptions, bag, SilentProgress.Instance) { Content = content, Templates = _templates, Export = _export.Value.Export };
        new CheckStage().Run(state);
        if (bag.HasErrors || state.Catalogue is null) return null;
        var plan = new SitePlanner(state.Catalogue, _templates).Plan();
        _content = content;
        _byFile = content.Institutions.ToDictionary(i => Path.GetFullPath(i.File), StringComparer.Ordinal);
        return new PreviewSnapshot(state.Catalogue, plan, bag.Sorted(), Options.Today);
    }

    /// <summary>
    /// The shown snapshot with the files of the edited institutions made anew, when only institution files were edited
    /// and each still reads without a problem: the page the administrator is looking at shows the edit before the whole
    /// catalogue is loaded and planned again, which <see cref="Make"/> does next. Null when the edit needs the whole.
    /// </summary>
    public PreviewSnapshot? Quick(IReadOnlyCollection<string> changed, PreviewSnapshot shown)
    {
        if (_content is not { } earlier || _templates is null || _templatesStale || shown.IsProvisional) return null;
        var institutions = Path.GetFullPath(Path.Combine(earlier.ContentDir, "institutions"));
        var edited = new List<LoadedInstitution>();
        foreach (var path in changed)
        {
            // An editor's temporary and swap files beside the institutions are not content; the loader skips them too.
            var full = Path.GetFullPath(path);
            if (Path.GetDirectoryName(full) == institutions && Path.GetExtension(full) is not (".yml" or ".yaml")) continue;
            // Anything but an edit of an existing institution file (a new or deleted file, site.yml, a page) needs the whole.
            if (Path.GetDirectoryName(full) != institutions || Path.GetExtension(full) != ".yml" || !_byFile.TryGetValue(full, out var was)
                || !System.IO.File.Exists(full)) return null;
            var own = new DiagnosticBag();
            var loaded = ContentLoader.LoadInstitution(was.File, earlier, own, _reads);
            if (loaded is null || own.HasErrors || loaded.Institution.Seq != was.Institution.Seq) return null;
            edited.Add(loaded);
        }
        if (edited.Count == 0) return null;
        // The same planner over a catalogue of the edited institutions alone: their pages do not depend on the others.
        var few = new LoadedContent(earlier.ContentDir,
            new CatalogueContent(earlier.Catalogue.Site, earlier.Catalogue.Occupations, edited.Select(i => i.Institution).ToArray()), edited, earlier.Pages);
        var catalogue = new CatalogueOnDay(few, Options.AsOf, _export?.Export);
        var folders = edited.Select(i => SiteUrls.FileOf(SiteUrls.Institution(i.Institution.Seq))).Select(f => f[..(f.LastIndexOf('/') + 1)]).ToArray();
        var plan = new SitePlanner(catalogue, _templates).Plan();
        return shown.With(plan.Where(p => folders.Any(f => p.Path.StartsWith(f, StringComparison.Ordinal))));
    }

    /// <summary>
    /// Renders every file of the snapshot that is not rendered yet, then checks every page's links and ids with the
    /// build's own stage. Returns the errors; none means the snapshot is as good as a published build.
    /// </summary>
    public IReadOnlyList<Diagnostic> Verify(PreviewSnapshot snapshot, RenderedFiles files, CancellationToken cancel)
    {
        var bag = new DiagnosticBag();
        var state = new BuildState(BuildOptions, bag, SilentProgress.Instance) { Plan = snapshot.Plan };
        var reported = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        // One core stays free for the administrator's requests while a template change re-renders the whole site.
        var parallel = new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
        Parallel.ForEach(snapshot.Plan, parallel, output =>
        {
            try
            {
                var file = files.Get(output);
                if (file.Links is { } links) state.Links[output.Path] = links;
            }
            catch (TemplateRenderException e)
            {
                if (reported.TryAdd(e.Diagnostic.ToString(), true)) bag.Add(e.Diagnostic);
            }
        });
        if (!bag.HasErrors) new VerifyLinksStage().Run(state);
        return bag.Sorted();
    }

    private (ExportSnapshot?, IReadOnlyList<Diagnostic>) ReadExport()
    {
        if (Options.ExportPath is not { } path) return (null, []);
        var own = new DiagnosticBag();
        return (ExportReader.Read(path, own), own.Items);
    }
}
