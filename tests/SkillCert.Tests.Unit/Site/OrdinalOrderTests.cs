using SkillCert.Generator.Site;

namespace SkillCert.Tests.Unit.Site;

/// <summary>Merging a run already in order with the rest, sorted, gives what a stable ordinal sort of them all gives.</summary>
public class OrdinalOrderTests
{
    private sealed record Item(string Key, int Place);

    private static Item[] Items(params string[] keys) => keys.Select((k, n) => new Item(k, n)).ToArray();

    private static void SortsAsAStableSort(Item[] items, int start, int length) =>
        Assert.Equal(items.OrderBy(i => i.Key, StringComparer.Ordinal).ToArray(), OrdinalOrder.Sort(items, start, length, i => i.Key));

    [Fact]
    public void A_run_in_order_is_merged_with_the_rest() =>
        SortsAsAStableSort(Items("z", "b/2", "a", "c/1/index.html", "c/1/index.json", "c/2/index.html", "c/2/index.json", "data/x", "c/10", "0"), 3, 4);

    [Fact]
    public void A_run_out_of_order_is_sorted_with_the_rest() =>
        SortsAsAStableSort(Items("m", "c/2", "c/1", "a"), 1, 2);

    [Fact]
    public void Keys_both_in_the_run_and_the_rest_keep_the_order_they_stood_in() =>
        SortsAsAStableSort(Items("c/1", "b", "c/1", "c/2", "c/2", "a"), 2, 2);

    [Fact]
    public void An_empty_run_or_rest_is_the_other_sorted()
    {
        SortsAsAStableSort(Items("b", "a", "c"), 1, 0);
        SortsAsAStableSort(Items("a", "b", "c"), 0, 3);
        SortsAsAStableSort([], 0, 0);
    }
}
