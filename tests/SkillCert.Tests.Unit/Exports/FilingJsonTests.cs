using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;

namespace SkillCert.Tests.Unit.Exports;

public class FilingJsonTests
{
    private static readonly Institution Filing = new()
    {
        Seq = "000007",
        Category = 'S',
        Route = "0000",
        Name = "忻州晋才职业技能评价有限公司",
        CreditCode = "91140900MA0K3PQ218",
        County = "忻府区",
        Address = "忻州市长征街 1 号",
        Contact = new Contact("贾文静", "0350-5281935", null),
        FiledOn = new DateOnly(2021, 3, 1),
        ValidUntil = new DateOnly(2024, 2, 29),
        Occupations = [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3]), new ScopeEntry("6-31-01-03", null, [5])],
        Events =
        [
            new FilingEvent(new DateOnly(2024, 2, 1), FilingEventType.Renewed, new DateOnly(2027, 2, 28)),
            new FilingEvent(new DateOnly(2025, 1, 1), FilingEventType.ScopeChanged, Occupations: [new ScopeEntry("6-31-01-03", null, [5, 4])]),
            new FilingEvent(new DateOnly(2025, 3, 1), FilingEventType.Renamed, Note: "工商变更登记", Name: "忻州晋才技能评价集团有限公司"),
            new FilingEvent(new DateOnly(2025, 6, 1), FilingEventType.Suspended, Note: "整改"),
        ],
    };

    [Fact]
    public void A_filing_reads_back_to_the_same_standing_and_scope_on_every_day()
    {
        var back = FilingJson.Deserialize(FilingJson.Serialize(Filing));
        for (var day = new DateOnly(2021, 1, 1); day < new DateOnly(2028, 1, 1); day = day.AddDays(7))
        {
            Assert.Equal(Filing.StatusOn(day), back.StatusOn(day));
            Assert.Equal(Filing.MayCertify(day, "6-31-01-03", null, 4), back.MayCertify(day, "6-31-01-03", null, 4));
            Assert.Equal(Filing.NameOn(day), back.NameOn(day));
        }
        Assert.Equal(Filing with { Occupations = back.Occupations, Events = back.Events }, back);
    }

    [Fact]
    public void The_JSON_uses_the_content_files_names_for_event_types_and_keeps_Chinese_readable()
    {
        var json = FilingJson.Serialize(Filing);
        Assert.Contains("\"type\":\"scope_changed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"renamed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"filedOn\":\"2021-03-01\"", json, StringComparison.Ordinal);
        Assert.Contains("忻州晋才", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"label\"", json, StringComparison.Ordinal);
    }
}
