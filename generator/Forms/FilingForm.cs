using SkillCert.Core.Catalogue;
using SkillCert.Core.Institutions;

namespace SkillCert.Generator.Forms;

/// <summary>
/// 附件1, 山西省企业职业技能等级认定备案表, of one institution: the public part filled in from its file as it stands on
/// the day (name, credit code, address, legal representative, industry, size, ownership, contact, the filed scope, the
/// filing date and validity); the figures, people, premises and equipment the catalogue does not hold are left blank,
/// to be filled in by hand, and the offices' opinions are left to them.
/// </summary>
public sealed record FilingForm(string Name, IReadOnlyList<FilingFieldRow> Basics, IReadOnlyList<FilingScopeLine> Scope,
    string FiledOn, string ValidUntil)
{
    public string Annex => "附件1";

    public string Title => "山西省企业职业技能等级认定备案表";

    public IReadOnlyList<string> ScopeColumns => ["序号", "职业名称", "职业编号", "工种名称", "级别", "有无职业标准或评价规范", "试题情况"];

    /// <summary>Sections 三 to 八 of the form, which the institution writes itself.</summary>
    public IReadOnlyList<string> OpenSections =>
    [
        "三、技能人才评价经历、培养使用以及组织优势、专业优势等情况",
        "四、评价机构设置情况",
        "五、专职工作人员、专家、考评人员及督导人员等情况",
        "六、场地情况",
        "七、设施设备等情况",
        "八、管理运行制度情况",
    ];

    public string ApplicantStatement => "我单位对申报材料内容的真实性负责。";

    /// <summary>The opinions after the applicant's own, each signed by its 负责人 with a seal and a date.</summary>
    public IReadOnlyList<string> SignOffs =>
        ["申报企业意见", "市级职业技能鉴定中心意见", "市级人力资源和社会保障部门意见", "省职业技能鉴定中心意见", "省人力资源和社会保障部门意见"];

    public IReadOnlyList<string> Notes =>
    [
        "注：1. 提供法人登记证明、场地权属证明和人员身份证明、学历证明、职业资格证书及相应复印件，复印件证明材料加盖公章（能通过网络核验的证明可免于提交）。",
        "2. 技能人才评价经历、培养使用情况以及评价机构设置情况提交相应证明材料。",
        "3. 设施设备情况、管理运行制度附明细。",
    ];

    public static FilingForm Of(Institution institution, CatalogueContent catalogue, DateOnly asOf)
    {
        var name = institution.NameOn(asOf);
        var contact = institution.Contact;
        FilingFieldRow Pair(string a, string? av, string b, string? bv) => new(new(a, av ?? ""), new(b, bv ?? ""));
        IReadOnlyList<FilingFieldRow> basics =
        [
            Pair("单位名称（全称）", name, "所属行业", institution.Industry),
            Pair("地址", institution.Address, "邮政编码", null),
            Pair("统一社会信用代码", institution.CreditCode, "注册登记机构", null),
            Pair("单位类型", FormText.Choices(["大型", "中型"], institution.Size), "单位性质", FormText.Choices(["国有", "外资", "民营", "其他"], institution.Ownership)),
            Pair("注册资本", null, "法人代表", institution.LegalRepresentative),
            Pair("上年度资产总额（万元）", null, "上年度企业职工工资总额（万元）", null),
            Pair("上年度销售、营业总额（万元）", null, "上年度企业职工教育经费（万元）：提取数额／用于技能人才培养数", null),
            Pair("技术工人总数", null, "其中：高技能人才数", null),
            Pair("高级工数", null, "技师数／高级技师数", null),
            Pair("负责人", null, "负责人职务", null),
            Pair("负责人手机", null, "负责人电子邮箱", null),
            Pair("工作联系人", contact?.Name, "联系人职务", null),
            Pair("联系人电话", contact?.Phone, "联系人电子邮箱", contact?.Email),
        ];
        var scope = FilingScopeLine.ListOf(institution, catalogue, asOf);
        var filed = institution.Events.LastOrDefault(e => e.Type == FilingEventType.Filed && e.On <= asOf)?.On ?? institution.FiledOn;
        var status = institution.StatusOn(asOf);
        return new FilingForm(name, basics, scope, FormText.Date(filed), $"至{FormText.Date(status.ValidUntil)}");
    }
}
