using System.Globalization;
using System.Text;
using SkillCert.Core.Identity;

namespace SkillCert.Tests.Integration.Content;

/// A catalogue of any size in the shape shared/bench/gen_content.py writes for the benchmarks: invented names of four
/// to six characters after 忻州, fourteen counties, forty occupations, one to six scope lines each, and a share of
/// renewed, suspended, removed and withdrawn filings. The same size and seed give the same files.
internal static class SyntheticCatalogue
{
    public static readonly string[] Counties =
        ["忻府区", "定襄县", "五台县", "代县", "繁峙县", "宁武县", "静乐县", "神池县", "五寨县", "岢岚县", "河曲县", "保德县", "偏关县", "原平市"];

    /// The GB/T 2260 codes of <see cref="Counties"/>, in the same order: a credit code carries its county's.
    private static readonly string[] CountyCodes =
        ["140902", "140921", "140922", "140923", "140924", "140925", "140926", "140927", "140928", "140929", "140930", "140931", "140932", "140981"];

    private static readonly string[] Trades =
    [
        "车工", "铣工", "钳工", "焊工", "电工", "维修电工", "锅炉操作工", "化工总控工", "起重装卸机械操作工", "矿井维修电工",
        "采煤机司机", "液压支架工", "井下电钳工", "仪器仪表维修工", "汽车维修工", "中式烹调师", "保育师", "养老护理员", "电子商务师",
        "数控程序员", "工业机器人系统操作员", "无人机驾驶员", "变电设备检修工", "配电线路工", "电力电缆安装运维工", "水生产处理工",
        "混凝土工", "砌筑工", "钢筋工", "架子工", "防水工", "装饰装修工", "电梯安装维修工", "制冷空调系统安装维修工",
        "信息通信网络运行管理员", "计算机程序设计员", "网络与信息安全管理员", "评茶员", "酿酒师", "农艺工",
    ];

    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田";
    private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰飞鹏辉宇浩然晨阳欣怡子轩梓涵雨婷俊峰海燕晓东文博嘉琪思远";
    private static readonly string[] Words = ["煤业", "化工", "机械", "电力", "建设", "钢铁", "能源", "物流", "制造", "装备", "铝业", "建材", "农业", "食品", "交通"];
    private static readonly string[] Suffixes = ["集团有限公司", "有限责任公司", "股份有限公司", "有限公司"];

    /// The occupation code gen_content.py gives the n-th occupation.
    public static string OccupationCode(int n) =>
        string.Create(CultureInfo.InvariantCulture, $"6-{18 + n / 99:D2}-{n / 9 % 11 + 1:D2}-{n % 9 + 1:D2}");

    /// Writes site.yml (no demo: real-looking hosts of example.org), occupations.yml and <paramref name="institutions"/> files.
    public static void WriteInto(ContentTree tree, int institutions, int seed = 20200312)
    {
        var random = new Random(seed);
        tree.Write("site.yml", """
            title: "评价机构目录（合成数据）"
            authority: "忻州市人力资源和社会保障局"
            center: "忻州市职业技能鉴定服务中心"
            province: "14"
            base_url: "https://catalogue.example.org/"
            verify_url: "https://verify.example.org/"
            """);
        var occupations = new StringBuilder();
        for (var n = 0; n < Trades.Length; n++)
            occupations.Append(CultureInfo.InvariantCulture, $"- code: \"{OccupationCode(n)}\"\n  name: \"{Trades[n]}\"\n");
        tree.Write("occupations.yml", occupations.ToString());
        for (var n = 1; n <= institutions; n++) tree.Write($"institutions/{n:D6}.yml", Institution(n, random));
    }

    private static string Institution(int n, Random random)
    {
        var filed = new DateOnly(2020, 4, 1).AddDays(random.Next(6 * 365));
        var name = "忻州" + Pick(Surnames, random) + Pick(Given, random) + (random.Next(10) < 6 ? Pick(Given, random) : "")
            + Words[random.Next(Words.Length)] + Suffixes[random.Next(Suffixes.Length)];
        var contact = $"{Pick(Surnames, random)}{Pick(Given, random)}";
        var county = random.Next(Counties.Length);
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $$"""
            seq: "{{n:D6}}"
            category: {{(random.Next(10) == 0 ? 'S' : 'Y')}}
            route: "0000"
            name: "{{name}}"
            credit_code: "{{RandomCreditCode(CountyCodes[county], random)}}"
            county: {{Counties[county]}}
            address: "某某路{{random.Next(1, 300)}}号"
            legal_representative: "{{Pick(Surnames, random)}}{{Pick(Given, random)}}"
            industry: "{{Words[random.Next(Words.Length)]}}"
            size: {{(random.Next(2) == 0 ? "大型" : "中型")}}
            ownership: 民营
            contact: {name: "{{contact}}", phone: "0350-{{random.Next(2000000, 9999999)}}"}
            filed_on: {{filed:yyyy-MM-dd}}
            occupations:

            """));
        foreach (var occupation in Enumerable.Range(0, Trades.Length).OrderBy(_ => random.Next()).Take(random.Next(1, 7)).Order())
        {
            var levels = new[] { 5, 4, 3, 2, 1 }.Where(_ => random.Next(2) == 0).DefaultIfEmpty(5);
            text.Append(CultureInfo.InvariantCulture, $"  - {{code: \"{OccupationCode(occupation)}\", levels: [{string.Join(", ", levels)}]}}\n");
        }
        var fate = random.Next(100);
        if (fate < 5) text.Append(CultureInfo.InvariantCulture, $"events:\n  - {{on: {filed.AddDays(400):yyyy-MM-dd}, type: removed, note: 违规开展认定}}\n");
        else if (fate < 8) text.Append(CultureInfo.InvariantCulture, $"events:\n  - {{on: {filed.AddDays(300):yyyy-MM-dd}, type: withdrawn, note: 企业申请退出}}\n");
        else if (fate < 11) text.Append(CultureInfo.InvariantCulture, $"events:\n  - {{on: {filed.AddDays(200):yyyy-MM-dd}, type: suspended, note: 限期整改}}\n");
        else if (fate < 30 && filed < new DateOnly(2023, 6, 1))
            text.Append(CultureInfo.InvariantCulture, $"events:\n  - {{on: {filed.AddYears(3).AddDays(-30):yyyy-MM-dd}, type: renewed, valid_until: {filed.AddYears(6).AddDays(-1):yyyy-MM-dd}}}\n");
        return text.ToString();
    }

    /// A credit code of random characters, as gen_content.py makes them: numbered ones would compress far better than
    /// real codes do, and the pages and the search index that carry them would measure smaller than they are.
    private static string RandomCreditCode(string county, Random random)
    {
        var organization = new string(Enumerable.Range(0, 8).Select(_ => Pick(CreditCode.Alphabet, random)).ToArray());
        var body = "91" + county + organization + CreditCode.OrganizationCheckCharacter(organization);
        return body + CreditCode.ComputeCheckCharacter(body);
    }

    private static char Pick(string characters, Random random) => characters[random.Next(characters.Length)];
}
