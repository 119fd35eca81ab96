namespace SkillCert.Generator.Build;

/// <summary>Prunes a recycled staging tree to exactly the files a build planned, so nothing of an older site survives.</summary>
public static class StagedTree
{
    public static void RemoveAllBut(string root, IReadOnlySet<string> planned)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var sitePath = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (!planned.Contains(sitePath)) File.Delete(file);
        }
        RemoveEmptyFolders(root, isRoot: true);
    }

    private static bool RemoveEmptyFolders(string folder, bool isRoot)
    {
        var empty = true;
        foreach (var child in Directory.EnumerateDirectories(folder))
            empty &= RemoveEmptyFolders(child, isRoot: false);
        empty &= !Directory.EnumerateFiles(folder).Any();
        if (empty && !isRoot) Directory.Delete(folder);
        return empty;
    }
}
