using SkillCert.Generator.Preview;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Preview;

/// <summary>
/// A small content tree with the live preview's model over it, in this process: the build's stages held in memory, as
/// `skillcert serve` holds them, without the web server and the watcher. A test edits the tree and says what it changed.
/// </summary>
internal sealed class PreviewTree : IDisposable
{
    public const string WeldingScope = $"  - {{code: \"{ContentTree.OccupationB}\", trade: \"电焊工\", levels: [5, 4]}}";

    public PreviewTree()
    {
        Tree.Institution(1, filedOn: "2023-03-01");
        Tree.Institution(2, filedOn: "2023-05-01", scope: WeldingScope);
        Tree.Institution(3, filedOn: "2021-02-01", extra: "events:\n  - {on: 2022-03-01, type: removed, note: 违规开展认定}");
        Tree.Page("faq", "常见问题", "见[机构目录](/catalogue/)。");
        Build = new PreviewBuild(new PreviewOptions(Tree.Dir, RepositoryPaths.SiteTemplates, 0, SiteBuild.AsOf, SiteBuild.AsOf));
        Preview = new LivePreview(Build, Log);
    }

    public ContentTree Tree { get; } = new();

    public PreviewBuild Build { get; }

    public LivePreview Preview { get; }

    public StringWriter Log { get; } = new();

    /// <summary>Every file under the content folder with its bytes, to tell afterwards which an edit touched.</summary>
    public Dictionary<string, byte[]> Files() =>
        Directory.EnumerateFiles(Tree.Dir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>The files that differ between two listings: written, added or deleted, as the watcher would name them.</summary>
    public static IReadOnlyCollection<string> Changed(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after) =>
        before.Keys.Union(after.Keys).Where(f => !before.TryGetValue(f, out var b) || !after.TryGetValue(f, out var a) || !a.AsSpan().SequenceEqual(b))
            .ToArray();

    /// <summary>Applies an edit and rebuilds the preview with the files it changed, as the watcher reports them.</summary>
    public async Task EditAsync(Action<ContentTree> edit)
    {
        var before = Files();
        edit(Tree);
        await Preview.RebuildAsync(Changed(before, Files()));
    }

    /// <summary>The bytes the preview serves at a site path, as the shown snapshot plans them.</summary>
    public byte[] Served(string sitePath) => Preview.Files.Get(Preview.State.Shown!.File(sitePath)!).Bytes;

    public void Dispose() => Tree.Dispose();
}
