using SkillCert.Core.Institutions;

namespace SkillCert.Tests.Unit.Institutions;

/// History is dated, never rewritten: the name and the scope in force on a day.
public class InstitutionHistoryTests
{
    private const string Filed = "忻州示例机械有限公司";
    private const string First = "忻州示例重工有限公司";
    private const string Second = "忻州示例重工集团有限公司";

    private static readonly FilingEvent FirstRename = new(new DateOnly(2023, 5, 1), FilingEventType.Renamed, Name: First);
    private static readonly FilingEvent SecondRename = new(new DateOnly(2025, 1, 10), FilingEventType.Renamed, Name: Second);
    private static readonly ScopeEntry[] FiledScope = [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3])];
    private static readonly ScopeEntry[] WiderScope = [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3, 2]), new ScopeEntry("6-31-01-03", null, [5])];

    private static Institution Filing(params FilingEvent[] events) => new()
    {
        Seq = "000001",
        Name = Filed,
        CreditCode = "91140900MA0K3PQ218",
        FiledOn = new DateOnly(2021, 6, 1),
        Occupations = FiledScope,
        Events = events,
    };

    private static DateOnly Day(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Before_the_first_rename_the_name_is_the_filed_one() =>
        Assert.Equal(Filed, Filing(FirstRename, SecondRename).NameOn(Day(2023, 4, 30)));

    [Fact]
    public void From_its_day_a_rename_gives_the_new_name() =>
        Assert.Equal(First, Filing(FirstRename, SecondRename).NameOn(Day(2023, 5, 1)));

    [Fact]
    public void A_later_rename_replaces_the_earlier_one_from_its_day()
    {
        var institution = Filing(FirstRename, SecondRename);
        Assert.Equal(First, institution.NameOn(Day(2025, 1, 9)));
        Assert.Equal(Second, institution.NameOn(Day(2025, 1, 10)));
    }

    [Fact]
    public void Events_other_than_renames_leave_the_name_alone() =>
        Assert.Equal(Filed, Filing(new FilingEvent(Day(2022, 1, 1), FilingEventType.Suspended)).NameOn(Day(2024, 1, 1)));

    [Fact]
    public void The_name_before_a_rename_is_the_one_it_replaced()
    {
        var institution = Filing(FirstRename, SecondRename);
        Assert.Equal((Filed, First), (institution.NameBefore(FirstRename), institution.NameBefore(SecondRename)));
    }

    [Fact]
    public void Until_a_scope_change_the_scope_is_the_filed_one() =>
        Assert.Same(FiledScope, Filing(new FilingEvent(Day(2023, 1, 1), FilingEventType.ScopeChanged, Occupations: WiderScope)).ScopeOn(Day(2022, 12, 31)));

    [Fact]
    public void From_its_day_a_scope_change_gives_its_whole_list() =>
        Assert.Same(WiderScope, Filing(new FilingEvent(Day(2023, 1, 1), FilingEventType.ScopeChanged, Occupations: WiderScope)).ScopeOn(Day(2023, 1, 1)));

    [Fact]
    public void A_scope_change_does_not_reach_back_to_certificates_issued_before_it()
    {
        var institution = Filing(new FilingEvent(Day(2023, 1, 1), FilingEventType.ScopeChanged, Occupations: WiderScope));
        Assert.False(institution.MayCertify(Day(2022, 6, 1), "6-31-01-03", null, 5));
        Assert.True(institution.MayCertify(Day(2023, 6, 1), "6-31-01-03", null, 5));
    }
}
