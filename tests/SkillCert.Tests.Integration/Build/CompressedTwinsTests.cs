using System.IO.Compression;
using SkillCert.Generator.Build;
using SkillCert.Rendering.Site;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// The build's .br and .gz twins of the site's text files, which a server sends as they are.
public class CompressedTwinsTests
{
    private static ContentTree TwoInstitutions()
    {
        var tree = new ContentTree();
        tree.Institution(1, filedOn: "2023-03-01");
        tree.Institution(2, filedOn: "2023-05-01");
        return tree;
    }

    private static byte[] Decompress(byte[] data, string suffix)
    {
        using var input = new MemoryStream(data);
        using Stream decoder = suffix == ".br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [Fact]
    public void Every_text_file_has_its_twins_that_read_back_as_the_file()
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
        {
            foreach (var suffix in CompressedTwinNames.SuffixesOf(text))
                Assert.True(files.TryGetValue(text + suffix, out var twin) && Decompress(twin, suffix).AsSpan().SequenceEqual(files[text]), text + suffix);
        }
    }

    [Fact]
    public void A_text_file_that_does_not_compress_gets_twins_that_read_back_as_the_file()
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
        foreach (var suffix in CompressedTwinNames.Suffixes) Assert.Equal(noise, Decompress(File.ReadAllBytes(file + suffix), suffix));
    }

    [Fact]
    public void The_open_data_json_gets_a_gzip_twin_only_also_after_an_edit_and_over_a_site_that_had_a_brotli_one()
    {
        using var tree = TwoInstitutions();
        SiteBuild.Succeed(tree);
        var json = Path.Combine(tree.Out, "data", "catalogue.json");
        Assert.True(File.Exists(json + ".gz"));
        Assert.False(File.Exists(json + ".br"));
        Assert.True(File.Exists(Path.Combine(tree.Out, "index.html.br")));
        // A site published by a version that wrote a Brotli twin: the next generator's build is a full one, swapped in whole.
        File.WriteAllBytes(json + ".br", [1, 2, 3]);
        SiteBuild.Succeed(tree, noCache: true);
        Assert.False(File.Exists(json + ".br"));
        tree.Institution(2, name: "忻州改名后机械有限公司", filedOn: "2023-05-01");
        var result = SiteBuild.Succeed(tree);
        Assert.Contains("data/catalogue.json", result.Rendered);
        Assert.Equal(File.ReadAllBytes(json), Decompress(File.ReadAllBytes(json + ".gz"), ".gz"));
        Assert.False(File.Exists(json + ".br"));
    }

    [Fact]
    public void Files_that_are_not_text_get_no_twin()
    {
        using var tree = TwoInstitutions();
        SiteBuild.Succeed(tree);
        Assert.True(File.Exists(Path.Combine(tree.Out, "data", "catalogue.csv")));
        Assert.False(File.Exists(Path.Combine(tree.Out, "data", "catalogue.csv.br")));
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
        var untouched = Path.Combine(tree.Out, "occupations", "index.html.br");
        var stamp = File.GetLastWriteTimeUtc(untouched);
        tree.Institution(2, name: "忻州改名后机械有限公司", filedOn: "2023-05-01");
        var result = SiteBuild.Succeed(tree);
        Assert.Contains("catalogue/000002/index.html", result.Rendered);
        var page = Path.Combine(tree.Out, "catalogue", "000002", "index.html");
        Assert.Equal(File.ReadAllBytes(page), Decompress(File.ReadAllBytes(page + ".br"), ".br"));
        Assert.Equal(File.ReadAllBytes(page), Decompress(File.ReadAllBytes(page + ".gz"), ".gz"));
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
