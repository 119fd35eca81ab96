using SkillCert.Core.Batches;
using SkillCert.Core.Institutions;

namespace SkillCert.Tests.Unit.Text;

/// The name tables: every value of the enum has a name of its own, which reads back as that value, and a label.
public class NameTableTests
{
    [Fact]
    public void Every_batch_state_has_a_slug_of_its_own_that_reads_back_as_it()
    {
        var states = Enum.GetValues<BatchState>();
        Assert.All(states, s => Assert.Equal(s, BatchStateNames.FromSlug(BatchStateNames.Slug(s))));
        Assert.Equal(states.Length, states.Select(BatchStateNames.Slug).Distinct(StringComparer.Ordinal).Count());
        Assert.All(states, s => Assert.False(string.IsNullOrWhiteSpace(BatchStateNames.Label(s))));
    }

    [Fact]
    public void Every_filing_event_type_has_a_name_of_its_own_that_reads_back_as_it()
    {
        var types = Enum.GetValues<FilingEventType>();
        Assert.All(types, t => Assert.Equal(t, FilingEventTypeNames.Parse(FilingEventTypeNames.Name(t))));
        Assert.Equal(types.Select(FilingEventTypeNames.Name).Order(StringComparer.Ordinal), FilingEventTypeNames.All.Order(StringComparer.Ordinal));
        Assert.All(types, t => Assert.False(string.IsNullOrWhiteSpace(FilingEventTypeNames.Label(t))));
    }

    [Fact]
    public void An_unknown_name_reads_as_none()
    {
        Assert.Null(BatchStateNames.FromSlug("published"));
        Assert.Null(FilingEventTypeNames.Parse(null));
    }
}
