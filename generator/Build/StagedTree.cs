namespace SkillCert.Generator.Build;

/// <summary>Prunes a recycled staging tree to exactly the files a build planned, so nothing of an older site survives.</summary>
public static class StagedTree
{
    public static void RemoveAllBut(string root, IReadOnlySet<string> planned) => Prune(new DirectoryInfo(root), "", planned, isRoot: true);

    // One walk lists each folder once: its unplanned files are deleted as they are met, and a folder left empty goes too.
    private static bool Prune(DirectoryInfo folder, string sitePrefix, IReadOnlySet<string> planned, bool isRoot)
    {
        var empty = true;
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var sitePath = sitePrefix + entry.Name;
            if (entry is DirectoryInfo child) empty &= Prune(child, sitePath + "/", planned, isRoot: false);
            else if (planned.Contains(sitePath)) empty = false;
            else entry.Delete();
        }
        if (empty && !isRoot) folder.Delete();
        return empty;
    }
}
