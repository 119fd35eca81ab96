using System.IO.Compression;
using SkillCert.Generator.Build;
using SkillCert.Rendering.Site;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// The build's gzip twins of the site's text files, which a server sends as they are.
public class CompressedTwinsTests
{
    private static ContentTree TwoInstitutions()
    {
        var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, filedOn: "2023-05-01");
        return tree;
    }

    private static byte[] Gunzip(byte[] data)
    {
        using var input = new MemoryStream(data);
        using var decoder = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [Fact]
    public void Every_text_file_has_a_gzip_twin_that_reads_back_as_the_file()
    {
        using var tree = TwoInstitutions();
        SiteBuild.Succeed(tree);
        var files = SiteBuild.Snapshot(tree.Out);
        var texts = files.Keys.Where(CompressedTwinNames.IsText).ToList();
        Assert.Contains("index.html", texts);
        Assert.Contains("feed.xml", texts);
        Assert.Contains("data/catalogue.json", texts);
        Assert.Contains(texts, t => t.EndsWith(".css", StringComparison.Ordinal));
        foreach (var text in texts)
            Assert.True(files.TryGetValue(text + ".gz", out var twin) && Gunzip(twin).AsSpan().SequenceEqual(files[text]), text + ".gz");
    }

    [Fact]
    public void A_text_file_that_does_not_compress_gets_a_twin_that_reads_back_as_the_file()
    {
        // Twins are made in pooled buffers of a bounded size (CompressedTwins.Gzip): bytes that do not compress are the worst case.
        using var tree = TwoInstitutions();
        var templates = RepositoryPaths.CopyTemplates(tree.Root);
        var noise = new byte[200_000];
        new Random(17).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(templates, "assets", "noise.js"), noise);
        SiteBuild.Succeed(tree, templates: templates);
        var file = Path.Combine(tree.Out, "assets", "noise.js");
        Assert.Equal(noise, File.ReadAllBytes(file));
        Assert.Equal(noise, Gunzip(File.ReadAllBytes(file + ".gz")));
    }

    [Fact]
    public void No_file_gets_a_brotli_twin()
    {
        using var tree = TwoInstitutions();
        SiteBuild.Succeed(tree);
        Assert.Empty(Directory.EnumerateFiles(tree.Out, "*.br", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_brotli_twins_of_a_site_published_by_an_earlier_version_are_removed()
    {
        using var tree = TwoInstitutions();
        SiteBuild.Succeed(tree);
        // A site published by a version that wrote Brotli twins: the next generator's build is a full one, swapped in whole.
        var page = Path.Combine(tree.Out, "index.html");
        File.WriteAllBytes(page + ".br", [1, 2, 3]);
        SiteBuild.Succeed(tree, noCache: true);
        Assert.False(File.Exists(page + ".br"));
        Assert.Equal(File.ReadAllBytes(page), Gunzip(File.ReadAllBytes(page + ".gz")));
    }

    [Fact]
    public void The_open_data_json_gets_its_twin_again_after_an_edit()
    {
        using var tree = TwoInstitutions();
        SiteBuild.Succeed(tree);
        var json = Path.Combine(tree.Out, "data", "catalogue.json");
        tree.Institution(2, name: "忻州改名后机械有限公司", filedOn: "2023-05-01");
        var result = SiteBuild.Succeed(tree);
        Assert.Contains("data/catalogue.json", result.Rendered);
        Assert.Contains("忻州改名后机械有限公司", File.ReadAllText(json), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(json), Gunzip(File.ReadAllBytes(json + ".gz")));
    }

    [Fact]
    public void Files_that_are_not_text_get_no_twin()
    {
        using var tree = TwoInstitutions();
        SiteBuild.Succeed(tree);
        Assert.True(File.Exists(Path.Combine(tree.Out, "data", "catalogue.csv")));
        Assert.False(File.Exists(Path.Combine(tree.Out, "data", "catalogue.csv.gz")));
    }

    [Fact]
    public void Two_cold_builds_write_the_same_twins_byte_for_byte()
    {
        using var tree = TwoInstitutions();
        SiteBuild.Succeed(tree);
        var again = Path.Combine(tree.Root, "again");
        SiteBuild.Succeed(tree, outDir: again, noCache: true);
        var first = SiteBuild.Snapshot(tree.Out).Where(f => CompressedTwinNames.IsTwin(f.Key)).ToList();
        var second = SiteBuild.Snapshot(again);
        Assert.NotEmpty(first);
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(second[f.Key]), f.Key));
    }

    [Fact]
    public void An_edit_remakes_the_twins_of_the_files_it_changed_and_leaves_the_others()
    {
        using var tree = TwoInstitutions();
        SiteBuild.Succeed(tree);
        var untouched = Path.Combine(tree.Out, "occupations", "index.html.gz");
        var stamp = File.GetLastWriteTimeUtc(untouched);
        tree.Institution(2, name: "忻州改名后机械有限公司", filedOn: "2023-05-01");
        var result = SiteBuild.Succeed(tree);
        Assert.Contains("catalogue/000002/index.html", result.Rendered);
        var page = Path.Combine(tree.Out, "catalogue", "000002", "index.html");
        Assert.Equal(File.ReadAllBytes(page), Gunzip(File.ReadAllBytes(page + ".gz")));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(untouched));
    }

    [Fact]
    public void The_build_counts_its_files_without_their_twins()
    {
        using var tree = TwoInstitutions();
        var result = SiteBuild.Succeed(tree);
        Assert.DoesNotContain(result.Rendered, CompressedTwinNames.IsTwin);
        var files = SiteBuild.Snapshot(tree.Out).Keys;
        Assert.Equal(files.Count(f => !CompressedTwinNames.IsTwin(f)), result.Total);
        Assert.Equal(result.Total, result.Written);
    }
}
