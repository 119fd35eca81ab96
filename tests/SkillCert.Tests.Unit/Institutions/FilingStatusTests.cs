using SkillCert.Core.Institutions;

namespace SkillCert.Tests.Unit.Institutions;

public class FilingStatusTests
{
    private static readonly DateOnly Filed = SampleFiling.Filed;

    private static Institution Filing(params FilingEvent[] events) => SampleFiling.With(events);

    private static StatusKind On(Institution i, int y, int m, int d, CertificateActivity? activity = null) =>
        i.StatusOn(new DateOnly(y, m, d), activity).Kind;

    [Fact]
    public void A_filing_is_valid_for_three_years_less_a_day() =>
        Assert.Equal(new DateOnly(2024, 5, 31), Filing().StatusOn(Filed).ValidUntil);

    [Fact]
    public void Before_the_filing_date_the_institution_is_not_yet_filed() =>
        Assert.Equal(StatusKind.NotYetFiled, On(Filing(), 2021, 5, 31));

    [Fact]
    public void Within_the_period_the_filing_is_active() =>
        Assert.Equal(StatusKind.Active, On(Filing(), 2022, 1, 1));

    [Fact]
    public void Within_ninety_days_of_the_end_it_is_expiring_soon()
    {
        Assert.Equal(StatusKind.Active, On(Filing(), 2024, 3, 2));
        Assert.Equal(StatusKind.ExpiringSoon, On(Filing(), 2024, 3, 3));
        Assert.Equal(StatusKind.ExpiringSoon, On(Filing(), 2024, 5, 31));
    }

    [Fact]
    public void After_the_last_valid_day_it_has_expired()
    {
        var status = Filing().StatusOn(new DateOnly(2024, 6, 1));
        Assert.Equal(StatusKind.Expired, status.Kind);
        Assert.Equal(new DateOnly(2024, 6, 1), status.Since);
    }

    [Fact]
    public void A_renewal_extends_the_period_to_its_new_end()
    {
        var renewed = Filing(new FilingEvent(new DateOnly(2024, 5, 20), FilingEventType.Renewed, new DateOnly(2027, 5, 31)));
        var status = renewed.StatusOn(new DateOnly(2025, 1, 1));
        Assert.Equal(StatusKind.Active, status.Kind);
        Assert.Equal(FilingEventType.Renewed, status.CausedBy!.Type);
    }

    [Fact]
    public void A_renewal_without_an_end_adds_three_years() =>
        Assert.Equal(new DateOnly(2027, 5, 31),
            Filing(new FilingEvent(new DateOnly(2024, 5, 20), FilingEventType.Renewed)).StatusOn(new DateOnly(2025, 1, 1)).ValidUntil);

    [Fact]
    public void A_suspension_holds_until_reinstated()
    {
        var i = Filing(new FilingEvent(new DateOnly(2022, 3, 1), FilingEventType.Suspended, Note: "整改"),
            new FilingEvent(new DateOnly(2022, 9, 1), FilingEventType.Reinstated));
        Assert.Equal(StatusKind.Suspended, On(i, 2022, 3, 1));
        Assert.Equal(StatusKind.Active, On(i, 2022, 9, 1));
    }

    [Fact]
    public void A_removal_is_final_and_carries_its_reason()
    {
        var i = Filing(new FilingEvent(new DateOnly(2022, 3, 1), FilingEventType.Removed, Note: "违规开展认定"));
        var status = i.StatusOn(new DateOnly(2030, 1, 1));
        Assert.Equal(StatusKind.Removed, status.Kind);
        Assert.Contains("违规开展认定", status.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_withdrawal_is_withdrawn() =>
        Assert.Equal(StatusKind.Withdrawn, On(Filing(new FilingEvent(new DateOnly(2022, 3, 1), FilingEventType.Withdrawn)), 2022, 3, 2));

    [Fact]
    public void Events_after_the_day_do_not_count() =>
        Assert.Equal(StatusKind.Active, On(Filing(new FilingEvent(new DateOnly(2022, 3, 1), FilingEventType.Removed)), 2022, 2, 28));

    [Fact]
    public void Two_whole_calendar_years_without_certificates_count_as_withdrawal()
    {
        var renewed = Filing(new FilingEvent(new DateOnly(2024, 5, 20), FilingEventType.Renewed, new DateOnly(2027, 5, 31)));
        var activity = new CertificateActivity(new HashSet<int> { 2021, 2022 });
        var status = renewed.StatusOn(new DateOnly(2026, 1, 1), activity);
        Assert.Equal(StatusKind.Withdrawn, status.Kind);
        Assert.Equal(new DateOnly(2025, 1, 1), status.Since);
        Assert.Contains("2023", status.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void One_idle_year_is_not_enough_for_withdrawal()
    {
        var renewed = Filing(new FilingEvent(new DateOnly(2024, 5, 20), FilingEventType.Renewed, new DateOnly(2027, 5, 31)));
        var activity = new CertificateActivity(new HashSet<int> { 2022, 2024 });
        Assert.Equal(StatusKind.Active, On(renewed, 2026, 1, 1, activity));
    }

    [Fact]
    public void The_filing_year_itself_does_not_count_against_the_institution() =>
        Assert.Equal(StatusKind.Active, On(Filing(), 2023, 6, 1, new CertificateActivity(new HashSet<int> { 2022 })));

    [Fact]
    public void A_scope_change_replaces_the_scope_from_its_date()
    {
        var i = Filing(new FilingEvent(new DateOnly(2023, 1, 1), FilingEventType.ScopeChanged,
            Occupations: [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3, 2])]));
        Assert.False(i.MayCertify(new DateOnly(2022, 12, 31), "6-18-01-01", "数控车工", 2));
        Assert.True(i.MayCertify(new DateOnly(2023, 1, 1), "6-18-01-01", "数控车工", 2));
    }

    [Theory]
    [InlineData(StatusKind.Active, true)]
    [InlineData(StatusKind.ExpiringSoon, true)]
    [InlineData(StatusKind.Suspended, false)]
    [InlineData(StatusKind.Expired, false)]
    [InlineData(StatusKind.Removed, false)]
    [InlineData(StatusKind.Withdrawn, false)]
    public void Only_active_and_expiring_institutions_may_certify(StatusKind kind, bool may) =>
        Assert.Equal(may, new FilingStatus(kind, null, Filed, "", null).MayCertify);
}
