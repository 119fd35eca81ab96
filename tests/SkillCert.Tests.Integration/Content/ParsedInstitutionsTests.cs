using System.Text.Json;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Build;

namespace SkillCert.Tests.Integration.Content;

/// The parse cache: a rebuild parses only the institution files whose text, or the occupation list, changed.
public class ParsedInstitutionsTests
{
    private static (LoadedContent Content, DiagnosticBag Bag) Load(string contentDir, string cacheFile)
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(contentDir, new DateOnly(2025, 1, 1), bag, cacheFile);
        Assert.NotNull(content);
        return (content, bag);
    }

    private static ContentTree ThreeInstitutions()
    {
        var tree = new ContentTree();
        tree.Institution(1);
        tree.Institution(2, extra: "events:\n  - {on: 2024-06-01, type: suspended, note: 整改}");
        tree.Institution(3, scope: $"  - {{code: \"{ContentTree.OccupationB}\", trade: \"电焊工\", levels: [5, 4]}}");
        return tree;
    }

    private static string CacheOf(ContentTree tree) => Path.Combine(tree.Root, "site.parsed");

    [Fact]
    public void Unchanged_institution_files_are_taken_from_the_cache()
    {
        using var tree = ThreeInstitutions();
        Assert.Equal(0, Load(tree.Dir, CacheOf(tree)).Content.Reused);
        Assert.Equal(3, Load(tree.Dir, CacheOf(tree)).Content.Reused);
    }

    [Fact]
    public void An_edited_institution_file_is_parsed_again_and_the_others_whose_size_and_time_of_last_write_are_unchanged_are_not_read()
    {
        using var tree = ThreeInstitutions();
        tree.Settle("institutions");
        Load(tree.Dir, CacheOf(tree));
        tree.Institution(2, name: "忻州改名机械有限公司");
        var (content, _) = Load(tree.Dir, CacheOf(tree));
        Assert.Equal((2, 2), (content.Reused, content.Unread));
        Assert.Equal("忻州改名机械有限公司", content.Catalogue.Institutions.Single(i => i.Seq == "000002").Name);
    }

    [Fact]
    public void A_changed_occupation_list_parses_every_institution_again()
    {
        using var tree = ThreeInstitutions();
        Load(tree.Dir, CacheOf(tree));
        var occupations = Path.Combine(tree.Dir, "occupations.yml");
        File.WriteAllText(occupations, File.ReadAllText(occupations).Replace("车工", "车床工", StringComparison.Ordinal));
        Assert.Equal(0, Load(tree.Dir, CacheOf(tree)).Content.Reused);
    }

    [Fact]
    public void A_file_with_a_warning_is_parsed_again_and_warns_every_time()
    {
        using var tree = ThreeInstitutions();
        tree.Institution(4, extra: "website: \"https://example.com\"");
        var first = Load(tree.Dir, CacheOf(tree));
        var second = Load(tree.Dir, CacheOf(tree));
        Assert.Equal(3, second.Content.Reused);
        Assert.Equal(first.Bag.Sorted().Select(d => d.ToString()), second.Bag.Sorted().Select(d => d.ToString()));
        Assert.Contains(second.Bag.Items, d => d.Code == DiagnosticCodes.UnknownField && d.File.EndsWith("000004.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_cache_is_ignored_and_replaced()
    {
        using var tree = ThreeInstitutions();
        File.WriteAllText(CacheOf(tree), "{\"Generator\": [not json");
        Assert.Equal(0, Load(tree.Dir, CacheOf(tree)).Content.Reused);
        Assert.Equal(3, Load(tree.Dir, CacheOf(tree)).Content.Reused);
    }

    [Fact]
    public void A_cached_institution_is_the_same_as_a_freshly_parsed_one()
    {
        // The real content and a tree with events, compared through reflection-based JSON: a property the cache
        // could not restore would show as a difference here.
        using var tree = ThreeInstitutions();
        foreach (var dir in new[] { Path.Combine(RepositoryPaths.Root, "content"), tree.Dir })
        {
            var cache = Path.Combine(tree.Root, Path.GetFileName(dir) + ".parsed");
            var fresh = Load(dir, cache).Content;
            var cached = Load(dir, cache).Content;
            Assert.Equal(fresh.Institutions.Count, cached.Reused);
            Assert.Equal(JsonSerializer.Serialize(fresh.Institutions), JsonSerializer.Serialize(cached.Institutions));
        }
    }

    [Fact]
    public void A_spot_in_another_file_than_its_record_keeps_that_file_through_the_cache()
    {
        // The format writes a spot in the record's own file without the path; one elsewhere must keep its own.
        var institution = new SkillCert.Core.Institutions.Institution { Seq = "000001", Name = "忻州示例机械1有限公司", CreditCode = ContentTree.CreditCodeFor(1), FiledOn = new DateOnly(2024, 3, 1) };
        var loaded = new LoadedInstitution(institution, "a.yml", new SourceSpot("a.yml", 1, 2), new SourceSpot("b.yml", 3, 4), new SourceSpot("a.yml", 5, 6), "hash");
        var written = new MemoryStream();
        ParsedInstitutionsFormat.Write(written, new ParsedInstitutionsFile("generator", "occupations", new Dictionary<string, LoadedInstitution> { [loaded.File] = loaded }));
        var back = Assert.Single(ParsedInstitutionsFormat.Read(written.ToArray()).Institutions.Values);
        Assert.Equal((loaded.SeqSpot, loaded.CreditCodeSpot, loaded.ValiditySpot, loaded.File), (back.SeqSpot, back.CreditCodeSpot, back.ValiditySpot, back.File));
    }

    [Fact]
    public void A_file_rewritten_with_its_old_size_and_time_of_last_write_is_read_again_when_that_time_was_close_to_the_last_load()
    {
        // The edit lands within the clock's resolution of the load that cached the file, so its stamp cannot tell.
        using var tree = ThreeInstitutions();
        var file = Path.Combine(tree.Dir, "institutions", "000002.yml");
        var written = File.GetLastWriteTimeUtc(file);
        Load(tree.Dir, CacheOf(tree));
        File.WriteAllText(file, File.ReadAllText(file).Replace("忻州示例机械2有限公司", "忻州示例机床2有限公司", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, written);
        var (content, _) = Load(tree.Dir, CacheOf(tree));
        Assert.Equal("忻州示例机床2有限公司", content.Catalogue.Institutions.Single(i => i.Seq == "000002").Name);
    }

    [Fact]
    public void A_file_touched_without_a_change_is_not_parsed_again_and_not_read_the_time_after()
    {
        using var tree = ThreeInstitutions();
        tree.Settle("institutions");
        Load(tree.Dir, CacheOf(tree));
        File.SetLastWriteTimeUtc(Path.Combine(tree.Dir, "institutions", "000001.yml"), DateTime.UtcNow.AddMinutes(-30));
        var touched = Load(tree.Dir, CacheOf(tree)).Content;
        Assert.Equal((3, 2), (touched.Reused, touched.Unread));
        var after = Load(tree.Dir, CacheOf(tree)).Content;
        Assert.Equal((3, 3), (after.Reused, after.Unread));
    }

    [Fact]
    public void A_file_too_fresh_to_be_trusted_at_one_load_is_trusted_again_once_it_has_settled()
    {
        using var tree = ThreeInstitutions();
        tree.Settle("institutions");
        Load(tree.Dir, CacheOf(tree));
        // As if that load had begun a second after the files were written: their stamps could not be trusted then.
        var written = File.GetLastWriteTimeUtc(Path.Combine(tree.Dir, "institutions", "000001.yml"));
        var cache = ParsedInstitutionsFormat.Read(File.ReadAllBytes(CacheOf(tree)));
        using (var stream = File.Create(CacheOf(tree))) ParsedInstitutionsFormat.Write(stream, cache with { ReadAtTicks = written.AddSeconds(1).Ticks });
        var settled = Load(tree.Dir, CacheOf(tree)).Content;
        Assert.Equal((3, 0), (settled.Reused, settled.Unread));
        Assert.Equal(3, Load(tree.Dir, CacheOf(tree)).Content.Unread);
    }
    [Fact]
    public void An_edit_appends_the_file_read_anew_to_the_cache_and_the_next_load_takes_it_from_there()
    {
        using var tree = ThreeInstitutions();
        tree.Settle("institutions");
        Load(tree.Dir, CacheOf(tree));
        var whole = File.ReadAllBytes(CacheOf(tree));
        var file = tree.Institution(2, name: "忻州改名机械有限公司");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-30));
        Load(tree.Dir, CacheOf(tree));
        var appended = File.ReadAllBytes(CacheOf(tree));
        Assert.True(appended.Length > whole.Length);
        Assert.Equal(whole, appended[..whole.Length]);
        var (content, _) = Load(tree.Dir, CacheOf(tree));
        Assert.Equal((3, 3), (content.Reused, content.Unread));
        Assert.Equal("忻州改名机械有限公司", content.Catalogue.Institutions.Single(i => i.Seq == "000002").Name);
    }

    [Fact]
    public void A_cache_whose_appended_segment_was_cut_short_reuses_nothing()
    {
        using var tree = ThreeInstitutions();
        tree.Settle("institutions");
        Load(tree.Dir, CacheOf(tree));
        File.SetLastWriteTimeUtc(tree.Institution(2, name: "忻州改名机械有限公司"), DateTime.UtcNow.AddMinutes(-30));
        Load(tree.Dir, CacheOf(tree));
        var cache = File.ReadAllBytes(CacheOf(tree));
        File.WriteAllBytes(CacheOf(tree), cache[..^5]);
        var (content, _) = Load(tree.Dir, CacheOf(tree));
        Assert.Equal(0, content.Reused);
        Assert.Equal("忻州改名机械有限公司", content.Catalogue.Institutions.Single(i => i.Seq == "000002").Name);
    }

    [Fact]
    public void A_removed_file_has_the_cache_written_whole_without_it()
    {
        using var tree = ThreeInstitutions();
        tree.Settle("institutions");
        Load(tree.Dir, CacheOf(tree));
        var before = new FileInfo(CacheOf(tree)).Length;
        File.Delete(Path.Combine(tree.Dir, "institutions", "000003.yml"));
        Assert.Equal(2, Load(tree.Dir, CacheOf(tree)).Content.Institutions.Count);
        Assert.True(new FileInfo(CacheOf(tree)).Length < before);
        var stored = ParsedInstitutionsFormat.Read(File.ReadAllBytes(CacheOf(tree)));
        Assert.Equal(["000001", "000002"], stored.Institutions.Values.Select(i => i.Institution.Seq).Order(StringComparer.Ordinal));
        Assert.Equal(0, stored.Appended);
    }

    [Fact]
    public void Edits_in_a_row_load_as_a_load_without_the_cache_does()
    {
        using var tree = ThreeInstitutions();
        tree.Settle("institutions");
        Load(tree.Dir, CacheOf(tree));
        for (var edit = 1; edit <= 4; edit++)
        {
            var n = 1 + edit % 3;
            File.SetLastWriteTimeUtc(tree.Institution(n, name: $"忻州第{edit}次改名有限公司"), DateTime.UtcNow.AddMinutes(-30 + edit));
            var cached = Load(tree.Dir, CacheOf(tree)).Content;
            var cold = Load(tree.Dir, Path.Combine(tree.Root, $"cold-{edit}.parsed")).Content;
            Assert.Equal(0, cold.Reused);
            Assert.Equal(2, cached.Reused);
            Assert.Equal(JsonSerializer.Serialize(cold.Institutions), JsonSerializer.Serialize(cached.Institutions));
        }
        Assert.Equal(4, ParsedInstitutionsFormat.Read(File.ReadAllBytes(CacheOf(tree))).Appended);
    }
}
