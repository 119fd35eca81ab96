using CsCheck;
using SkillCert.Core.Institutions;

namespace SkillCert.Tests.Unit.Institutions;

/// 视同自行退出 (notice 三(三)): two whole calendar years without a certificate count as a withdrawal.
public class InactivityWithdrawalTests
{
    private static readonly DateOnly Filed = new(2021, 6, 1);

    private static CertificateActivity Years(params int[] years) => new(years.ToHashSet());

    private static Institution Filing(params FilingEvent[] events) => new()
    {
        Seq = "000001",
        Name = "忻州示例机械有限公司",
        CreditCode = "91140900MA0K3PQ218",
        FiledOn = Filed,
        ValidUntil = new DateOnly(2030, 5, 31),
        Occupations = [new ScopeEntry("6-18-01-01", null, [5, 4, 3])],
        Events = events,
    };

    [Fact]
    public void The_withdrawal_starts_on_the_first_of_january_after_two_idle_whole_years() =>
        Assert.Equal(new DateOnly(2025, 1, 1), InactivityWithdrawal.StartsOn(Filed, Years(2021, 2022)));

    [Fact]
    public void The_filing_year_does_not_count_as_an_idle_year() =>
        Assert.Equal(new DateOnly(2024, 1, 1), InactivityWithdrawal.StartsOn(Filed, Years()));

    [Fact]
    public void One_idle_year_between_active_years_is_not_a_withdrawal() =>
        Assert.Equal(new DateOnly(2028, 1, 1), InactivityWithdrawal.StartsOn(Filed, Years(2022, 2024, 2025)));

    [Fact]
    public void Certificates_issued_from_the_withdrawal_on_do_not_lift_it() =>
        Gen.Int[2025, 2040].Array[0, 6].Sample(later =>
            InactivityWithdrawal.StartsOn(Filed, Years([2022, .. later])) == new DateOnly(2025, 1, 1), iter: PropertyRuns.Codes);

    [Fact]
    public void The_status_is_withdrawn_from_exactly_that_day()
    {
        var activity = Years(2021, 2022);
        Assert.Equal(StatusKind.Active, Filing().StatusOn(new DateOnly(2024, 12, 31), activity).Kind);
        var status = Filing().StatusOn(new DateOnly(2025, 1, 1), activity);
        Assert.Equal((StatusKind.Withdrawn, new DateOnly(2025, 1, 1)), (status.Kind, status.Since));
    }

    [Fact]
    public void A_new_filing_restarts_the_count_after_its_own_year()
    {
        var refiled = Filing(new FilingEvent(new DateOnly(2025, 3, 1), FilingEventType.Filed, new DateOnly(2029, 2, 28)));
        var activity = Years(2021, 2022);
        Assert.Equal(StatusKind.Active, refiled.StatusOn(new DateOnly(2027, 12, 31), activity).Kind);
        Assert.Equal(StatusKind.Withdrawn, refiled.StatusOn(new DateOnly(2028, 1, 1), activity).Kind);
    }

    [Fact]
    public void Without_activity_from_an_export_the_rule_does_not_apply() =>
        Assert.Equal(StatusKind.Active, Filing().StatusOn(new DateOnly(2026, 1, 1)).Kind);
}
