namespace SkillCert.Tests.Integration.Build;

/// Folders of this repository, found from the test binaries upwards.
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SiteTemplates => Path.Combine(Root, "site-templates");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillCert.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SkillCert.sln was not found above " + AppContext.BaseDirectory);
    }

    /// A copy of the real templates that a test may break without harm.
    /// Copies the templates into the folder with the first <paramref name="old"/> of one template replaced; returns that template's path.
    public static string CopyTemplatesWith(string into, string template, string old, string replacement)
    {
        var path = Path.Combine(CopyTemplates(into), template);
        File.WriteAllText(path, File.ReadAllText(path).Replace(old, replacement, StringComparison.Ordinal));
        return path;
    }

    public static string CopyTemplates(string into)
    {
        var target = Path.Combine(into, "site-templates");
        foreach (var file in Directory.EnumerateFiles(SiteTemplates, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(SiteTemplates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }
}
