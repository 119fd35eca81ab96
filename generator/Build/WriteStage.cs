using SkillCert.Generator.Site;

namespace SkillCert.Generator.Build;

/// <summary>
/// Completes the staging folder with the unchanged files, swaps it into place by renaming, and records the
/// cache. When nothing changed it touches nothing at all.
/// </summary>
public sealed class WriteStage : IBuildStage
{
    public string Name => "write";

    public void Run(BuildState state)
    {
        var folders = state.Folders;
        var plan = state.Plan;
        var unchanged = state.Rendered.IsEmpty && Directory.Exists(folders.Out)
            && plan.Count == state.Previous.Entries.Count && plan.All(p => state.Previous.Entries.ContainsKey(p.Path));
        if (unchanged)
        {
            state.Progress.Finished(Name, "nothing changed; the site was left as it was");
            return;
        }
        var staging = state.EnsureStaging();
        state.Progress.Started(Name, plan.Count - state.Rendered.Count);
        var folderMade = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in plan)
        {
            if (state.Rendered.ContainsKey(output.Path)) continue;
            var target = Path.Combine(staging, output.Path);
            var folder = Path.GetDirectoryName(target)!;
            if (folderMade.Add(folder)) Directory.CreateDirectory(folder);
            var published = Path.Combine(folders.Out, output.Path);
            if (!HardLink.TryCreate(published, target))
            {
                // The published copy is missing or cannot be linked: make the file again, it is the same bytes.
                if (output.RenderHtml is { } render) File.WriteAllText(target, render());
                else File.WriteAllBytes(target, output.Data!);
            }
        }
        Swap(staging, folders);
        state.Written = state.Rendered.Count;
        Record(state);
        state.Progress.Finished(Name, $"{state.Rendered.Count} files written, {plan.Count - state.Rendered.Count} kept");
    }

    /// <summary>Renames the staged site into place; the previous site is removed only once the new one stands.</summary>
    private static void Swap(string staging, SiteFolders folders)
    {
        if (!Directory.Exists(folders.Out))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(folders.Out)!);
            Directory.Move(staging, folders.Out);
            return;
        }
        var previous = Path.Combine(folders.Work, $"previous-{Environment.ProcessId}");
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        Directory.Move(folders.Out, previous);
        try
        {
            Directory.Move(staging, folders.Out);
        }
        catch
        {
            Directory.Move(previous, folders.Out);
            throw;
        }
        Directory.Delete(previous, recursive: true);
    }

    private static void Record(BuildState state)
    {
        var entries = state.Plan.ToDictionary(p => p.Path,
            p => new CacheEntry(p.Fingerprint, p.IsHtml ? state.Links.GetValueOrDefault(p.Path) : null), StringComparer.Ordinal);
        new BuildCache(BuildCache.CurrentGenerator, entries).Save(state.Folders.CacheFile);
    }
}
