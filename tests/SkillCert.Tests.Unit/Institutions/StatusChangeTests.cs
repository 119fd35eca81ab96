using CsCheck;
using SkillCert.Core.Institutions;

namespace SkillCert.Tests.Unit.Institutions;

public class StatusChangeTests
{
    private static readonly DateOnly Filed = SampleFiling.Filed;
    private static readonly DateOnly Today = new(2022, 1, 1);

    private static Institution Filing(params FilingEvent[] events) => SampleFiling.With(events);

    [Fact]
    public void The_same_status_on_both_days_is_no_change() =>
        Assert.Null(StatusChange.Between(Filing(), Today, new DateOnly(2023, 1, 1)));

    [Fact]
    public void A_filing_that_runs_out_before_the_day_changes_by_expiry()
    {
        var change = StatusChange.Between(Filing(), Today, new DateOnly(2024, 6, 1))!;
        Assert.Equal((StatusKind.Active, StatusKind.Expired), (change.Before.Kind, change.After.Kind));
        Assert.Equal(StatusChangeCause.Expiry, change.Cause);
    }

    [Fact]
    public void Coming_within_ninety_days_of_the_end_changes_by_expiry() =>
        Assert.Equal(StatusChangeCause.Expiry, StatusChange.Between(Filing(), Today, new DateOnly(2024, 4, 1))!.Cause);

    [Fact]
    public void A_removal_dated_between_the_days_is_the_cause()
    {
        var removed = new FilingEvent(new DateOnly(2022, 8, 1), FilingEventType.Removed, Note: "违规开展认定");
        var change = StatusChange.Between(Filing(removed), Today, new DateOnly(2023, 1, 1))!;
        Assert.Equal(StatusChangeCause.DatedEvent, change.Cause);
        Assert.Equal([removed], change.Events);
        Assert.Equal(StatusKind.Removed, change.After.Kind);
    }

    [Fact]
    public void A_reinstatement_between_the_days_is_the_cause_of_becoming_active_again()
    {
        var suspended = new FilingEvent(new DateOnly(2021, 10, 1), FilingEventType.Suspended);
        var reinstated = new FilingEvent(new DateOnly(2022, 3, 1), FilingEventType.Reinstated);
        var change = StatusChange.Between(Filing(suspended, reinstated), Today, new DateOnly(2022, 6, 1))!;
        Assert.Equal((StatusKind.Suspended, StatusKind.Active), (change.Before.Kind, change.After.Kind));
        Assert.Equal(StatusChangeCause.DatedEvent, change.Cause);
        Assert.Equal([reinstated], change.Events);
    }

    [Fact]
    public void Two_calendar_years_without_a_certificate_change_by_the_inactivity_rule()
    {
        var activity = new CertificateActivity(new HashSet<int> { 2021 });
        var change = StatusChange.Between(Filing(), Today, new DateOnly(2024, 1, 1), activity)!;
        Assert.Equal(StatusKind.Withdrawn, change.After.Kind);
        Assert.Equal(StatusChangeCause.Inactivity, change.Cause);
    }

    [Fact]
    public void A_day_before_the_filing_changes_by_the_filing_date()
    {
        var change = StatusChange.Between(Filing(), Today, new DateOnly(2021, 1, 1))!;
        Assert.Equal((StatusKind.Active, StatusKind.NotYetFiled), (change.Before.Kind, change.After.Kind));
        Assert.Equal(StatusChangeCause.Filing, change.Cause);
    }

    [Fact]
    public void An_earlier_day_names_what_happened_since_then()
    {
        var change = StatusChange.Between(Filing(), new DateOnly(2024, 7, 1), new DateOnly(2022, 1, 1))!;
        Assert.Equal((StatusKind.Expired, StatusKind.Active), (change.Before.Kind, change.After.Kind));
        Assert.Equal(StatusChangeCause.Expiry, change.Cause);
    }

    [Fact]
    public void A_change_is_reported_exactly_when_the_status_rules_give_two_kinds() =>
        Gen.Select(Gen.Int[0, 2000], Gen.Int[0, 2000], Gen.Select(Gen.Int[0, 1500], Gen.Enum<FilingEventType>()).Array[0, 4]).Sample((from, to, events) =>
        {
            var institution = Filing([.. events.Select(e => new FilingEvent(Filed.AddDays(e.Item1), e.Item2)).OrderBy(e => e.On)]);
            var (a, b) = (Filed.AddDays(from - 200), Filed.AddDays(to - 200));
            var change = StatusChange.Between(institution, a, b);
            return (change is null) == (institution.StatusOn(a).Kind == institution.StatusOn(b).Kind)
                && (change is null || (change.Before == institution.StatusOn(a) && change.After == institution.StatusOn(b)));
        }, iter: PropertyRuns.Codes);
}
