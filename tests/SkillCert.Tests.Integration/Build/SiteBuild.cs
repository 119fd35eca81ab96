using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// Builds a content tree in-process, as `skillcert build` would, and reads what it published.
internal static class SiteBuild
{
    public static readonly DateOnly AsOf = new(2025, 1, 1);

    public static (BuildResult Result, DiagnosticBag Bag) Run(ContentTree tree, string? outDir = null, string? templates = null,
        string? export = null, bool noCache = false, DateOnly? asOf = null)
    {
        var bag = new DiagnosticBag();
        var options = new BuildOptions(tree.Dir, templates ?? RepositoryPaths.SiteTemplates, outDir ?? tree.Out, asOf ?? AsOf, export, noCache);
        return (BuildPipeline.Run(options, bag, SilentProgress.Instance), bag);
    }

    public static BuildResult Succeed(ContentTree tree, string? outDir = null, string? templates = null, string? export = null,
        bool noCache = false, DateOnly? asOf = null)
    {
        var (result, bag) = Run(tree, outDir, templates, export, noCache, asOf);
        Assert.True(result.Succeeded, string.Join("\n", bag.Sorted().Select(d => d.ToString())));
        return result;
    }

    /// Every file of a site by its path in the site, with its bytes.
    public static SortedDictionary<string, byte[]> Snapshot(string site) =>
        new(Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public static string Read(ContentTree tree, string sitePath) => File.ReadAllText(Path.Combine(tree.Out, sitePath));

    /// <summary>Asserts that two published sites hold the same files, byte for byte; <paramref name="after"/> names the edit in the message.</summary>
    public static void AssertSameSite(string cold, string incremental, string after)
    {
        var expected = Snapshot(cold);
        var actual = Snapshot(incremental);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, e => Assert.True(e.Value.AsSpan().SequenceEqual(actual[e.Key]), $"{e.Key} differs from the cold build's after '{after}'"));
    }

    public static IEnumerable<string> HtmlPages(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
