using System.Text.Json;
using SkillCert.Generator.Site.Search;
using SkillCert.Tests.Integration.Content;

namespace SkillCert.Tests.Integration.Build;

/// The static search index, read the way assets/catalogue.js reads it: the table of contents, then the one shard that
/// holds a term, then the parts of records the ordinals fall in.
public class SearchIndexTests
{
    private sealed class Index(ContentTree tree)
    {
        private readonly JsonElement _contents = Json(tree, "search/index.json");

        public JsonElement Contents => _contents;

        public string[] Find(string term)
        {
            var shard = Json(tree, $"search/t/{SearchTerms.Shard(term, _contents.GetProperty("shards").GetInt32())}.json");
            if (!shard.TryGetProperty(term, out var gaps)) return [];
            var ordinal = 0;
            return gaps.EnumerateArray().Select(g => Record(ordinal += g.GetInt32())[0].GetString()!).ToArray();
        }

        public JsonElement Record(int ordinal)
        {
            var size = _contents.GetProperty("partSize").GetInt32();
            return Json(tree, $"search/r/{ordinal / size}.json")[ordinal % size];
        }

        private static JsonElement Json(ContentTree tree, string path) => JsonDocument.Parse(SiteBuild.Read(tree, path)).RootElement.Clone();
    }

    private static ContentTree Catalogue(int count)
    {
        var tree = new ContentTree();
        for (var n = 1; n <= count; n++)
        {
            var file = tree.Institution(n, name: n == 7 ? "忻州恒晟重型机械制造有限公司" : null, filedOn: "2023-03-01",
                extra: n == 9 ? "events:\n  - {on: 2024-03-01, type: removed, note: 违规开展认定}" : "");
            if (n == 5) File.WriteAllText(file, File.ReadAllText(file).Replace("county: 忻府区", "county: 定襄县", StringComparison.Ordinal));
        }
        tree.Institution(count + 1, filedOn: "2023-03-01", scope: $"  - {{code: \"{ContentTree.OccupationB}\", trade: \"电焊工\", levels: [5, 4]}}");
        return tree;
    }

    [Fact]
    public void Every_kind_of_term_finds_its_institutions()
    {
        using var tree = Catalogue(10);
        SiteBuild.Succeed(tree);
        var index = new Index(tree);
        Assert.Equal(["000007"], index.Find("恒晟"));
        Assert.Equal(["000007"], index.Find("晟"));
        Assert.Equal(11, index.Find("忻州").Length);
        Assert.Equal(["000003"], index.Find(SearchTerms.CreditCode + ContentTree.CreditCodeFor(3).ToLowerInvariant()));
        Assert.Equal(["000009"], index.Find(SearchTerms.Status + "removed"));
        Assert.Equal(["000005"], index.Find(SearchTerms.County + "定襄县"));
        Assert.Equal(["000011"], index.Find(SearchTerms.Occupation + ContentTree.OccupationB));
        Assert.Empty(index.Find("恒州"));
    }

    [Fact]
    public void A_record_holds_what_a_result_card_shows()
    {
        using var tree = Catalogue(10);
        SiteBuild.Succeed(tree);
        var index = new Index(tree);
        var record = index.Record(10);
        Assert.Equal("000011", record[0].GetString());
        Assert.Equal(ContentTree.CreditCodeFor(11), record[2].GetString());
        Assert.Equal("忻府区", index.Contents.GetProperty("counties")[record[3].GetInt32()][1].GetString());
        Assert.Equal("有效", index.Contents.GetProperty("statuses")[record[4].GetInt32()][1].GetString());
        Assert.Equal("2026-02-28", record[5].GetString());
        var scope = record[6][0];
        Assert.Equal(("焊工", "电焊工", "54"), (index.Contents.GetProperty("occupations")[scope[0].GetInt32()][1].GetString(), scope[1].GetString(), scope[2].GetString()));
    }

    [Fact]
    public void The_index_is_cut_into_parts_of_at_most_two_hundred_institutions()
    {
        using var tree = Catalogue(449);
        SiteBuild.Succeed(tree);
        var index = new Index(tree);
        Assert.Equal(["000001", "000201", "000401"], index.Contents.GetProperty("parts").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(3, index.Contents.GetProperty("shards").GetInt32());
        Assert.Equal(3, Directory.GetFiles(Path.Combine(tree.Out, "search", "r"), "*.json").Length);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(tree.Out, "search", "t"), "*.json").Length);
        Assert.Equal("000450", index.Record(449)[0].GetString());
        Assert.Equal(450, index.Find("忻州").Length);
    }
    [Fact]
    public void A_changed_status_writes_only_the_shards_that_hold_its_old_or_new_term_and_they_equal_a_cold_builds()
    {
        using var tree = Catalogue(449);
        SiteBuild.Succeed(tree);
        tree.Institution(300, filedOn: "2023-03-01", extra: "events:\n  - {on: 2024-10-01, type: suspended, note: 整改}");
        var rendered = SiteBuild.Succeed(tree).Rendered.Where(p => p.StartsWith("search/t/", StringComparison.Ordinal)).ToArray();
        var touched = new[] { SearchTerms.Status + "active", SearchTerms.Status + "suspended" }
            .Select(t => $"search/t/{SearchTerms.Shard(t, 3)}.json").Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(touched, rendered.Order(StringComparer.Ordinal));
        var cold = Path.Combine(tree.Root, "cold");
        SiteBuild.Succeed(tree, outDir: cold, noCache: true);
        SiteBuild.AssertSameSite(cold, tree.Out, "suspend");
    }
}
