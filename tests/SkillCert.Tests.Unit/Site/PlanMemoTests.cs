using SkillCert.Generator.Site.Memo;

namespace SkillCert.Tests.Unit.Site;

/// <summary>
/// The plan's memo travels in the build cache from one build to the next: what one build kept, the next must find, and
/// a memo it cannot read must leave it nothing to reuse rather than something wrong.
/// </summary>
public class PlanMemoTests
{
    private static PlanMemo Kept()
    {
        var memo = new PlanMemo();
        memo.Keep("000001", new InstitutionPrints("inputs-1", "card-1", "terms-1", "events-1"));
        memo.Keep("000002", new InstitutionPrints("inputs-2", "card-2", "terms-2", "events-2"));
        memo.Keep("lists", new PlanSection("lists-key", [("catalogue/index.html", true), ("feed.xml", false)]));
        memo.KeepPlaces("data/catalogue.json", "catalogue-print", new Dictionary<string, (int Start, int Length)> { ["000001"] = (120, 800), ["000002"] = (921, 760) });
        memo.KeepPlaces("data/catalogue.csv", "csv-print", new Dictionary<string, (int Start, int Length)> { ["000001"] = (3, 200), ["000002"] = (203, 180) });
        return memo;
    }

    [Fact]
    public void What_one_build_kept_the_next_finds()
    {
        var read = PlanMemo.Read(Kept().ToBytes());

        Assert.Equal(new InstitutionPrints("inputs-2", "card-2", "terms-2", "events-2"), read.Last("000002"));
        Assert.Equal(2, read.Count);
        var section = Assert.IsType<PlanSection>(read.Section("lists", "lists-key"));
        Assert.Equal(new[] { ("catalogue/index.html", true), ("feed.xml", false) }, section.Paths);
        Assert.Equal("catalogue-print", read.Places("data/catalogue.json")!.Fingerprint);
        Assert.Equal((921, 760), read.Places("data/catalogue.json")!.Records["000002"]);
        Assert.Equal(("csv-print", (203, 180)), (read.Places("data/catalogue.csv")!.Fingerprint, read.Places("data/catalogue.csv")!.Records["000002"]));
    }

    [Fact]
    public void Another_institution_or_another_key_find_nothing()
    {
        var read = PlanMemo.Read(Kept().ToBytes());

        Assert.Null(read.Last("000003"));
        Assert.Null(read.Section("lists", "another-key"));
        Assert.Null(read.Section("changes", "lists-key"));
    }

    [Fact]
    public void A_memo_cut_short_is_read_as_an_empty_one()
    {
        var bytes = Kept().ToBytes();
        for (var length = 0; length < bytes.Length; length += 7)
        {
            var read = PlanMemo.Read(bytes.AsMemory(0, length));
            Assert.Null(read.Last("000001"));
            Assert.Null(read.Section("lists", "lists-key"));
            Assert.Null(read.Places("data/catalogue.json"));
            Assert.Null(read.Places("data/catalogue.csv"));
        }
    }
}
