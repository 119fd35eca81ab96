using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Build;

/// <summary>
/// Plans every file, then renders, in parallel, only those whose fingerprint differs from the last build's,
/// reading each page's links as it goes and handing the bytes to one staging writer.
/// </summary>
public sealed class RenderStage : IBuildStage
{
    public string Name => "render";

    public void Run(BuildState state)
    {
        state.Progress.Started(Name, 0);
        var previous = state.Previous.Entries;
        var reusable = Directory.Exists(state.Folders.Out);
        var planner = new SitePlanner(state.Catalogue!, state.Templates!, state.Options.ServedTogether,
            reusable ? new PreviousOutputs(state.Folders.Out, previous, state.Previous.Memo) : null);
        var plan = planner.Plan();
        state.Plan = plan;
        state.Memo = planner.Memo;
        var changed = new List<PlannedOutput>();
        foreach (var output in plan)
        {
            // An unchanged page's links stay in the cache: the link check reads them only if it must.
            if (!reusable || !previous.TryGetValue(output.Path, out var entry) || entry.Fingerprint != output.Fingerprint) changed.Add(output);
        }
        state.Progress.Started(Name, changed.Count);
        var reported = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        if (changed.Count == 0)
        {
            state.Progress.Finished(Name, DiagnosticStyle.Current.Say($"{plan.Count} 个文件都没有变，一个也不用生成", $"0 of {plan.Count} files rendered, all unchanged"));
            return;
        }
        using var writer = new StagingWriter(state.EnsureStaging(full: changed.Count == plan.Count));
        // A full render (every template change makes one) reads one page per template with AngleSharp too, to prove the
        // recording complete; an incremental build renders with templates a full build has proven, and needs no AngleSharp.
        var unproven = changed.Count == plan.Count ? new ConcurrentDictionary<string, bool>(StringComparer.Ordinal) : null;
        Parallel.ForEach(changed, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, output =>
        {
            try
            {
                Render(state, output, writer, unproven);
            }
            catch (TemplateRenderException e)
            {
                // One template mistake fails every page that uses it; saying so once is enough.
                if (reported.TryAdd(e.Diagnostic.ToString(), true)) state.Bag.Add(e.Diagnostic);
            }
            state.Progress.Advanced(1);
        });
        writer.Complete();
        state.Progress.Finished(Name, DiagnosticStyle.Current.Say($"生成了 {plan.Count} 个文件中的 {changed.Count} 个，{plan.Count - changed.Count} 个没有变",
            $"{changed.Count} of {plan.Count} files rendered, {plan.Count - changed.Count} unchanged"));
    }

    private static void Render(BuildState state, PlannedOutput output, StagingWriter writer, ConcurrentDictionary<string, bool>? unproven)
    {
        if (output.RenderHtml is { } render)
        {
            var page = render();
            var html = page.Html;
            var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length));
            writer.Enqueue(output.Path, buffer, Encoding.UTF8.GetBytes(html, buffer), pooled: true);
            var links = LinkExtractor.From(output.Path, html, page.Links);
            state.Links[output.Path] = links;
            if (unproven is not null && unproven.TryAdd(page.Template, true) && RecordingCheck.Difference(output.Path, page, links) is { } difference)
            {
                var template = Path.Combine(state.Templates!.Directory, page.Template);
                state.Bag.Error(DiagnosticCodes.TemplateSyntax, OutputGuard.Spot(state.Options, output.Path, 0, 0),
                    $"模板 {template} 写出的链接或 id 有一个没有经过 link 或 anchor，链接检查看不到它：{difference}",
                    $"the template {template} wrote a link or an id around 'link' or 'anchor', which the link check cannot see: {difference}");
            }
        }
        else
        {
            var data = output.RenderData!();
            writer.Enqueue(output.Path, data, data.Length, pooled: false);
        }
        state.Rendered[output.Path] = true;
    }
}
