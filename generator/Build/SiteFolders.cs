namespace SkillCert.Generator.Build;

/// <summary>
/// The published folder and its private neighbours: <c>.skillcert/</c> beside it holds the build cache and the
/// staging folder, on the same file system so that the swap is a rename, and never inside what is published.
/// It also keeps the site before the current one as a spare tree, which the next full build overwrites in place.
/// </summary>
public sealed record SiteFolders(string Out, string Work, string CacheFile)
{
    /// <summary>The site before the current one, kept so that a full build reuses its files instead of creating new ones.</summary>
    public string Spare => Path.Combine(Work, Path.GetFileName(Out) + ".spare");

    /// <summary>The institution files as the last build parsed them, beside the build cache.</summary>
    public string ParseCacheFile => Path.ChangeExtension(CacheFile, ".parsed");

    /// <summary>The policy pages as the last build read them, beside the build cache.</summary>
    public string PageCacheFile => Path.ChangeExtension(CacheFile, ".pages");

    /// <summary>Where the parts of the large files' gzip twins are, beside the build cache.</summary>
    public string GzipPartsFile => Path.ChangeExtension(CacheFile, ".gzparts");

    /// <summary>The hash of the templates the last published build loaded, whose link rules it found kept, beside the build cache.</summary>
    public string ProvenTemplatesFile => Path.ChangeExtension(CacheFile, ".templates");

    public static SiteFolders For(string outDir)
    {
        var full = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? full;
        var work = Path.Combine(parent, ".skillcert");
        return new SiteFolders(full, work, Path.Combine(work, "build-cache", Path.GetFileName(full) + ".cache"));
    }
}
