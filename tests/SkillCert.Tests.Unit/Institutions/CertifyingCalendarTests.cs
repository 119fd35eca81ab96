using CsCheck;
using SkillCert.Core.Institutions;

namespace SkillCert.Tests.Unit.Institutions;

public class CertifyingCalendarTests
{
    private static readonly Gen<Institution> FilingGen =
        from filedDays in Gen.Int[0, 2000]
        from validYears in Gen.Int[0, 4]
        from events in Gen.Select(Gen.Int[0, 3000], Gen.Enum<FilingEventType>(), Gen.Int[-1, 1500]).Array[0, 5]
        let filed = new DateOnly(2019, 1, 1).AddDays(filedDays)
        select new Institution
        {
            Seq = "000001",
            Name = "忻州示例有限公司",
            CreditCode = "91140900MA0K3PQ218",
            FiledOn = filed,
            ValidUntil = validYears > 0 ? filed.AddYears(validYears) : null,
            Occupations = [new ScopeEntry("6-18-01-01", null, [5])],
            Events = events.Select(e => new FilingEvent(filed.AddDays(e.Item1), e.Item2, e.Item3 >= 0 ? filed.AddDays(e.Item1 + e.Item3) : null,
                    Occupations: e.Item2 == FilingEventType.ScopeChanged ? [new ScopeEntry("6-18-01-01", null, [4])] : null))
                .OrderBy(e => e.On).ToList(),
        };

    [Fact]
    public void The_calendar_agrees_with_the_status_on_every_day() =>
        Gen.Select(FilingGen, Gen.Int[-400, 4000]).Sample((institution, offset) =>
        {
            var day = institution.FiledOn.AddDays(offset);
            return new CertifyingCalendar(institution).MayCertifyOn(day) == institution.StatusOn(day).MayCertify;
        }, iter: PropertyRuns.Codes * 10);

    [Fact]
    public void With_certificate_activity_the_calendar_agrees_with_the_status_on_every_day() =>
        Gen.Select(FilingGen, Gen.Int[2019, 2030].Array[0, 8], Gen.Int[-400, 4000]).Sample((institution, years, offset) =>
        {
            var activity = new CertificateActivity(years.ToHashSet());
            var day = institution.FiledOn.AddDays(offset);
            return new CertifyingCalendar(institution, activity).MayCertifyOn(day) == institution.StatusOn(day, activity).MayCertify;
        }, iter: PropertyRuns.Codes * 10);

    [Fact]
    public void No_day_before_the_filing_is_a_certifying_day()
    {
        var institution = Rosters.RosterFixture.Institution();
        Assert.False(new CertifyingCalendar(institution).MayCertifyOn(institution.FiledOn.AddDays(-1)));
        Assert.True(new CertifyingCalendar(institution).MayCertifyOn(institution.FiledOn));
    }
}
