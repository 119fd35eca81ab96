using SkillCert.Core.Diagnostics;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Build;

/// <summary>
/// Refuses output folders whose replacement would lose work: the content or templates themselves, a folder that
/// holds them, the current folder, or a non-empty folder that no earlier build of skillcert wrote.
/// </summary>
public static class OutputGuard
{
    public static void Check(BuildOptions options, SiteFolders folders)
    {
        var outDir = folders.Out;
        var current = Path.GetFullPath(Directory.GetCurrentDirectory()).TrimEnd(Path.DirectorySeparatorChar);
        if (outDir == current || Path.GetPathRoot(outDir) == outDir + Path.DirectorySeparatorChar || Path.GetPathRoot(outDir) == outDir)
            throw Refused(options, "--out 是当前文件夹，生成网站时会替换掉它；请给网站一个单独的文件夹，例如 _site",
                "--out is the current folder, which the build would replace; pick a folder of its own, like _site");
        foreach (var (name, dir) in new[] { ("--content", options.ContentDir), ("--templates", options.TemplatesDir) })
        {
            var full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
            if (full == outDir || full.StartsWith(outDir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw Refused(options, $"--out 里有 {name} 文件夹，生成网站时会把它替换掉；请换一个 --out",
                    $"--out holds the {name} folder, which the build would replace; pick another --out");
        }
        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any() && !File.Exists(folders.CacheFile))
            throw Refused(options, $"--out 不是空文件夹，也不是 skillcert 在这里生成的（没有 {Path.GetRelativePath(current, folders.CacheFile)}）；请把它移走，或者换一个 --out",
                $"--out is not empty and was not built by skillcert here (no {Path.GetRelativePath(current, folders.CacheFile)}); move it away or pick another --out");
        if (File.Exists(outDir))
            throw Refused(options, "--out 是一个文件；网站要写进文件夹", "--out is a file; the site is a folder");
    }

    private static BuildEnvironmentException Refused(BuildOptions options, string message, string messageEn) =>
        BuildEnvironmentException.Of(DiagnosticCodes.OutputRefused, options.OutDir, message, messageEn);

    /// <summary>A site path as the user sees it, under the folder they named, for diagnostics about the output.</summary>
    public static SourceSpot Spot(BuildOptions options, string sitePath, int line = 0, int column = 0) =>
        new(Path.Combine(options.OutDir, sitePath), line, column);
}
