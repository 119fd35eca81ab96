using SkillCert.Generator.Site;

namespace SkillCert.Tests.Unit.Site;

/// <summary>Inputs laid out by the writer tell apart what they hold, and each print starts the next from nothing.</summary>
public class FingerprintWriterTests
{
    [Fact]
    public void Where_one_text_ends_and_the_next_begins_changes_the_print()
    {
        var writer = new FingerprintWriter();
        Assert.NotEqual(writer.Add("ab").Add("c").Print(), writer.Add("a").Add("bc").Print());
    }

    [Fact]
    public void Numbers_and_their_order_change_the_print()
    {
        var writer = new FingerprintWriter();
        Assert.NotEqual(writer.Add(1).Add(2).Print(), writer.Add(2).Add(1).Print());
        Assert.NotEqual(writer.Add(-1).Print(), writer.Add(0).Print());
    }

    [Fact]
    public void A_print_starts_the_next_from_nothing()
    {
        var writer = new FingerprintWriter();
        var first = writer.Add("忻州").Add(7).Print();
        writer.Add(new string('机', 2_000)).Print();
        Assert.Equal(first, writer.Add("忻州").Add(7).Print());
    }
}
