using System.Globalization;
using SkillCert.Core.Levels;
using SkillCert.Tests.Integration.Export;

namespace SkillCert.Tests.Integration.Forms;

/// One batch of people written into a scenario's rosters, with its 附件3 totals and lifecycle, kept as data so that a
/// test can say what each form must show without reading the forms' own code.
internal sealed class FormsBatch
{
    public const string Seq = "000001";
    public const string Name = "2024-3";
    public const string Place = "企业公告栏（一号厂房东门）";

    public sealed record Person(string Name, string Gender, string Id, string Code, string Occupation, string Trade, int Level,
        string Theory, string Skill, string Tenure);

    public List<Person> People { get; } = [];

    public static FormsBatch Write(ExportScenario s)
    {
        var batch = new FormsBatch();
        batch.Add(s, "张三明", "男", "6-18-01-01", "车工", "数控车工", 4, "81", "86");
        batch.Add(s, "李晓燕", "女", "6-18-01-01", "车工", "—", 5, "75.5", "90");
        batch.Add(s, "王强", "男", "6-31-01-03", "电工", "—", 4, "88", "70");
        batch.Add(s, "赵敏", "女", "6-31-01-03", "电工", "—", 5, "62", "79");
        batch.Add(s, "孙立", "男", "6-18-01-01", "车工", "数控车工", 3, "93", "91");
        s.Roster(Seq, Name, [.. batch.People.Select(p => Line(p))]);
        s.Totals(Seq, Name, $$"""
            evaluated_on: 2024-09-01
            applicants: 8
            evaluated: 7
            passed: {{batch.People.Count}}
            submitted_on: 2024-09-05
            review: {on: 2024-09-10, by: 忻州市职业技能鉴定服务中心, outcome: 通过}
            publicity: {from: 2024-09-11, to: 2024-09-17, place: {{Place}}}
            issued_on: 2024-09-18
            """);
        return batch;
    }

    private void Add(ExportScenario s, string name, string gender, string code, string occupation, string trade, int level, string theory, string skill) =>
        People.Add(new Person(name, gender, s.NewId(gender == "男"), code, occupation, trade, level, theory, skill,
            (People.Count + 3).ToString(CultureInfo.InvariantCulture)));

    private static string Line(Person p) =>
        $"1,{p.Name},{p.Gender},居民身份证,{p.Id},{p.Tenure},{p.Code},{p.Occupation},{p.Trade},{p.Level},{p.Theory},{p.Skill},,2024-09-18,";

    /// The occupation as the forms name it: 车工, or 车工（数控车工）.
    public static string Occupation(Person p) => p.Trade == "—" ? p.Occupation : $"{p.Occupation}（{p.Trade}）";

    public static string Level(Person p) => SkillLevel.FromCode(p.Level)!.DisplayName;

    /// The people per occupation and level, in the form's column order 初级 … 高级技师 (levels 5 to 1).
    public Dictionary<string, int[]> CountsByOccupation() =>
        People.GroupBy(Occupation).ToDictionary(g => g.Key, g => Enumerable.Range(0, 5).Select(i => g.Count(p => p.Level == 5 - i)).ToArray());
}
