namespace SkillCert.Tests.Unit.Fuzzing;

/// Valid files of each format the fuzz targets read, and the pieces of each format that edits put into them.
internal static class FuzzSeeds
{
    public const string Institution = """
        seq: "000001"
        category: Y
        route: "0000"
        name: "忻州示例机械有限公司"
        credit_code: "91140902MA0K00013L"
        county: 忻府区
        address: "忻州市忻府区和平街1号"
        size: 中型
        ownership: 民营
        contact: {name: "张秀英", phone: "0350-3000001", email: "hr@machinery.example"}
        filed_on: 2021-11-10
        valid_until: 2024-11-09
        occupations:
          - {code: "6-18-01-01", trade: "数控车工", levels: [5, 4, 3]}
          - code: "6-18-02-04"
            trade: 电焊工
            levels:
              - 5
              - 4
        events:
          - on: 2023-05-15
            type: scope_changed
            note: "焊工增设三级"
            occupations:
              - {code: "6-18-02-04", trade: "电焊工", levels: [5, 4, 3]}
          - {on: 2024-10-22, type: renewed, valid_until: 2027-11-09}
          - {on: 2025-02-01, type: suspended, note: 整改}
          - {on: 2025-04-01, type: reinstated}
        """;

    public const string Site = """
        title: "忻州市评价机构目录"
        authority: "忻州市人力资源和社会保障局"
        center: "忻州市职业技能鉴定服务中心"
        province: "14"
        base_url: "https://catalogue.example.org/"
        verify_url: "https://verify.example.org/"
        number_form: "notice-21"
        certificate_query_url: "http://jndj.osta.org.cn/"
        contact:
          address: "忻州市长征西街25号"
          phone: "0350-3020718"
        """;

    public const string Occupations = """
        - code: "6-18-01-01"
          name: "车工"
          trades: ["数控车工"]
        - {code: "6-18-02-04", name: 焊工, trades: [电焊工, 气焊工]}
        - code: "4-10-01-05"
          name: "养老护理员"
          trades: []
        """;

    public const string Page = """
        ---
        title: "备案流程"
        slug: "filing-steps"
        date: 2020-03-12
        order: 1
        summary: "企业备案的四个环节。"
        ---

        ## 四个环节

        1. 提交**申请**；
        2. 材料*审核*，见[关于](/pages/about/#发布单位)；

        > 引文 `代码`

        | 环节 | 时限 |
        |---|---|
        | 审核 | 5 日 |
        """;

    public const string Header = "序号,姓名,性别,证件类型,证件号码,岗位工龄,职业编码,申报职业,工种,评价等级,理论成绩,技能成绩,业绩评审成绩,发证日期,证书编号";

    public const string Roster = Header + """

        1,张伟,男,居民身份证,140902199003071239,5,6-18-01-01,车工,数控车工,四级/中级工,80,85,,2024-09-18,
        2,李秀英,女,居民身份证,140902198511122341,12,6-18-01-01,车工,—,3,78,88,,2024-09-18,Y000014000001243000007
        3,"王 强",男,居民身份证,140921199506203458,3,6-18-02-04,焊工,电焊工,五级,90,,92,2024-09-18,
        """;

    public static readonly string[] YamlTokens =
    [
        ":", ": ", "- ", "[", "]", "{", "}", ", ", "\"", "'", "#", "&a ", "*a", "!!str ", "!!binary ", "!x ", "| ", "> ", "---\n", "...\n",
        "? ", "%YAML 1.2\n", "%TAG ! tag:x,2024:\n", "\t", "\n", "  ", "\r\n", "\uFEFF", "~", "null", "<<: *a\n", "2024-02-30", "0", "6",
        "-1", "99999999999999999999", "000000", "\\u0000", "\\x", "seq: \"000002\"\n", "levels: [5]\n", "type: removed\n", "on: 2026-01-01\n",
    ];

    public static readonly string[] MarkdownTokens =
    [
        .. YamlTokens, "> ", "* ", "**", "_", "[", "](", ")", "`", "```\n", "# ", "|", "<script>", "&#", "\\", "---\n", "    ", "1. ",
        "![x](", "<!--", "[^1]", "|---|\n", "](/pages/", "#", "{#id}",
    ];

    public static readonly string[] CsvTokens =
    [
        ",", "\"", "\"\"", "\n", "\r\n", "\r", "—", "男", "女", "五级", "六级", "2024-02-30", "\uFEFF", "=1+1", "0", "100", "101", "-1",
        "1e309", "NaN", "14090219900230113X", "Y000014000001243999999", "Y00001400000124399999", "居民身份证", "护照", ",,,,", Header,
        "姓名", "证件号码", "\t", " ", "\u3000", "\0",
    ];
}
