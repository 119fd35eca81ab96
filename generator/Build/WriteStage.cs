using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Build;

/// <summary>
/// Publishes what the render stage staged. A full build swaps the whole staged tree into place by renaming
/// it; an incremental build renames each changed file into place (one atomic rename per file) and removes
/// the files the site no longer has. Either way nothing is published unless every check passed, and when
/// nothing changed nothing is touched at all.
/// </summary>
public sealed class WriteStage : IBuildStage
{
    public string Name => "write";

    public void Run(BuildState state)
    {
        var folders = state.Folders;
        var plan = state.Plan;
        state.Progress.Started(Name, state.Rendered.Count);
        var planned = state.PlannedPaths();
        // The cache lists no twins: a file that is gone takes its twins with it.
        var gone = new List<string>();
        foreach (var path in state.Previous.Entries.Keys)
        {
            if (!planned.Contains(path)) CompressedTwinNames.AddWithTwin(gone, path);
        }
        gone.Sort(StringComparer.Ordinal);
        var total = plan.Count + state.Twins;
        var full = state.Rendered.Count == total || !Directory.Exists(folders.Out);
        if (state.Rendered.IsEmpty && gone.Count == 0 && !full)
        {
            state.Progress.Finished(Name, DiagnosticStyle.Current.Say("没有变化，网站保持原样", "nothing changed; the site was left as it was"));
            return;
        }
        if (full)
        {
            var staging = state.EnsureStaging(full: true);
            if (state.StagingRecycled) StagedTree.RemoveAllBut(staging, state.AllFiles());
            Swap(staging, folders);
        }
        else Replace(state, gone);
        state.Written = state.Rendered.Count;
        Record(state);
        state.Progress.Finished(Name, DiagnosticStyle.Current.Say(
            $"写入 {state.Rendered.Count} 个文件，删除 {gone.Count} 个，保留 {total - state.Rendered.Count} 个" + (full ? "；整个网站一次换上" : ""),
            $"{state.Rendered.Count} files written, {gone.Count} removed, {total - state.Rendered.Count} kept" + (full ? "; the whole site was swapped in" : "")));
    }

    /// <summary>
    /// Puts the staged site in place. Where the system can exchange two folders in one step, readers never see the
    /// site missing; elsewhere two renames leave it missing for a moment. The previous site becomes the spare tree.
    /// </summary>
    private static void Swap(string staging, SiteFolders folders)
    {
        if (!Directory.Exists(folders.Out))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(folders.Out)!);
            Directory.Move(staging, folders.Out);
            return;
        }
        if (Directory.Exists(folders.Spare)) Directory.Delete(folders.Spare, recursive: true);
        if (FolderExchange.TryExchange(staging, folders.Out))
        {
            Directory.Move(staging, folders.Spare);
            return;
        }
        Directory.Move(folders.Out, folders.Spare);
        try
        {
            Directory.Move(staging, folders.Out);
        }
        catch
        {
            Directory.Move(folders.Spare, folders.Out);
            throw;
        }
    }

    /// <summary>Moves each changed file over its published copy, then removes the files no page links to any more.</summary>
    private static void Replace(BuildState state, IReadOnlyList<string> gone)
    {
        var staging = state.EnsureStaging();
        var made = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in state.Rendered.Keys.Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(state.Folders.Out, path);
            var folder = Path.GetDirectoryName(target)!;
            if (made.Add(folder)) Directory.CreateDirectory(folder);
            File.Move(Path.Combine(staging, path), target, overwrite: true);
        }
        foreach (var path in gone)
        {
            var file = Path.Combine(state.Folders.Out, path);
            File.Delete(file);
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder != state.Folders.Out; folder = Path.GetDirectoryName(folder))
            {
                if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any()) break;
                Directory.Delete(folder);
            }
        }
    }

    private static void Record(BuildState state)
    {
        BuildCache.Save(state.Folders.CacheFile, state.Plan,
            path => state.Rendered.ContainsKey(path) ? state.Links.GetValueOrDefault(path) : null, state.Previous, state.Memo);
        File.WriteAllText(state.Folders.ProvenTemplatesFile, state.Templates!.Hash);
    }
}
