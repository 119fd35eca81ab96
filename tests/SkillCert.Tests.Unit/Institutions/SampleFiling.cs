using SkillCert.Core.Institutions;

namespace SkillCert.Tests.Unit.Institutions;

/// One institution filed on 2021-06-01 for 数控车工 at levels 5–3, with whatever events a status rule needs.
internal static class SampleFiling
{
    public static readonly DateOnly Filed = new(2021, 6, 1);

    public static Institution With(params FilingEvent[] events) => new()
    {
        Seq = "000001",
        Name = "忻州示例机械有限公司",
        CreditCode = "91140900MA0K3PQ218",
        FiledOn = Filed,
        Occupations = [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3])],
        Events = events,
    };
}
