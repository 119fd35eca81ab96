using System.IO.Compression;
using SkillCert.Tests.Integration.Content;
using Xunit.Abstractions;

namespace SkillCert.Tests.Integration.Build;

/// The catalogue at the size of a province. A smaller catalogue would not do: most pages hold a fixed number of
/// institutions, but the search index's term shards hold, for a status or a county, every institution that has it, so
/// their size is only known by building the real number. The tree goes on a RAM disk when there is one, since the
/// build writes over twenty thousand files.
public class ScaleTests(ITestOutputHelper output)
{
    private const int Institutions = 10_000;
    private const int Limit = 30 * 1024;

    [Fact]
    public void At_ten_thousand_institutions_no_page_and_no_part_of_the_search_index_is_over_30_KB_gzipped()
    {
        var scratch = Directory.CreateDirectory(Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(),
            "skillcert-scale-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        try
        {
            using var tree = new ContentTree(withDefaults: false, parent: scratch);
            SyntheticCatalogue.WriteInto(tree, Institutions);
            SiteBuild.Succeed(tree);

            var files = SiteBuild.HtmlPages(tree.Out)
                .Concat(Directory.EnumerateFiles(Path.Combine(tree.Out, "search"), "*", SearchOption.AllDirectories)).ToList();
            var sizes = files.ToDictionary(f => Path.GetRelativePath(tree.Out, f), Gzipped);
            Assert.True(sizes.Count > Institutions + 400, $"only {sizes.Count} pages and index parts");
            Assert.Equal(Institutions / 50, Directory.GetDirectories(Path.Combine(tree.Out, "catalogue", "page")).Length + 1);
            Assert.True(Directory.GetFiles(Path.Combine(tree.Out, "search", "t")).Length > 1, "the terms are not split into shards");
            // The largest of each kind, for the README's figures.
            foreach (var (kind, largest) in sizes.GroupBy(s => s.Key.StartsWith("search", StringComparison.Ordinal) ? "index part" : "page")
                         .Select(g => (g.Key, g.MaxBy(s => s.Value))))
                output.WriteLine($"largest {kind}: {largest.Key}, {largest.Value} bytes gzipped");
            var over = sizes.Where(s => s.Value > Limit).Select(s => $"{s.Key}: {s.Value} bytes gzipped").ToList();
            Assert.True(over.Count == 0, string.Join('\n', over));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static long Gzipped(string file)
    {
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(File.ReadAllBytes(file));
        return gzipped.Length;
    }
}
