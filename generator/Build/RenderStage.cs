using System.Collections.Concurrent;
using SkillCert.Generator.Rendering;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Build;

/// <summary>
/// Plans every file, then renders, in parallel, only those whose fingerprint differs from the last build's,
/// writing each straight into the staging folder and reading its links as it goes.
/// </summary>
public sealed class RenderStage : IBuildStage
{
    public string Name => "render";

    public void Run(BuildState state)
    {
        state.Progress.Started(Name, 0);
        var plan = new SitePlanner(state.Catalogue!, state.Templates!).Plan();
        state.Plan = plan;
        var previous = state.Previous.Entries;
        var reusable = Directory.Exists(state.Folders.Out);
        var changed = new List<PlannedOutput>();
        foreach (var output in plan)
        {
            if (reusable && previous.TryGetValue(output.Path, out var entry) && entry.Fingerprint == output.Fingerprint)
            {
                if (output.IsHtml) state.Links[output.Path] = entry.Links ?? PageLinks.None;
            }
            else
            {
                changed.Add(output);
            }
        }
        state.Progress.Started(Name, changed.Count);
        var reported = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var folders = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Parallel.ForEach(changed, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, output =>
        {
            try
            {
                Write(state, output, folders);
            }
            catch (TemplateRenderException e)
            {
                // One template mistake fails every page that uses it; saying so once is enough.
                if (reported.TryAdd(e.Diagnostic.ToString(), true)) state.Bag.Add(e.Diagnostic);
            }
            state.Progress.Advanced(1);
        });
        state.Progress.Finished(Name, $"{changed.Count} of {plan.Count} files rendered, {plan.Count - changed.Count} unchanged");
    }

    private static void Write(BuildState state, PlannedOutput output, ConcurrentDictionary<string, bool> folders)
    {
        var staging = state.EnsureStaging();
        var file = Path.Combine(staging, output.Path);
        var folder = Path.GetDirectoryName(file)!;
        // Marked only once it exists, so that a second thread never writes into a folder still being made.
        if (!folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            folders[folder] = true;
        }
        if (output.RenderHtml is { } render)
        {
            var html = render();
            SiteFile.Write(file, html);
            state.Links[output.Path] = LinkExtractor.Extract(output.Path, html);
        }
        else
        {
            SiteFile.Write(file, output.RenderData!());
        }
        state.Rendered[output.Path] = true;
    }
}
