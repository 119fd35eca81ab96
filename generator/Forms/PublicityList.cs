using SkillCert.Core.Catalogue;
using SkillCert.Generator.Certificates;

namespace SkillCert.Generator.Forms;

/// <summary>
/// The 公示 list of one batch, for the institution to post where it works (附件2 四, 公示安排): who passed, with sex,
/// occupation, 工种 and level, the review the results passed, the period and the place of the publicity, and where to
/// object, all from the batch's lifecycle. Never an ID number, never a score: the list is public, and those are not.
/// </summary>
public sealed record PublicityList(string Unit, string Lead, string From, string To, string Place, string Objection,
    IReadOnlyList<PublicityLine> Lines)
{
    public string Title => "职业技能等级认定评价结果公示";

    public IReadOnlyList<string> Columns => ["序号", "姓名", "性别", "职业", "工种", "等级"];

    /// <summary>The blank a period or place leaves when the batch file does not give it, to fill in by hand.</summary>
    public const string BlankPlace = "＿＿＿＿＿＿＿＿＿＿";

    public static PublicityList Of(FormBatch batch, SiteSettings site)
    {
        var period = batch.Lifecycle.Publicity;
        var review = batch.Lifecycle.Review;
        var evaluated = FormText.Date(batch.Totals.EvaluatedOn);
        var lead = review is null
            ? $"根据本单位企业职业技能等级认定工作方案，现将{evaluated}评价的职业技能等级认定合格人员名单公示如下，接受监督。"
            : $"根据本单位企业职业技能等级认定工作方案，{evaluated}评价的职业技能等级认定结果已于{FormText.Date(review.On)}经{review.By}审核通过，" +
              "现将合格人员名单公示如下，接受监督。";
        var phone = site.ContactPhone is { } p ? $"（电话：{p}）" : "";
        var objection = $"公示期间，对公示人员有异议的，请实名向本单位或{site.Center}{phone}反映，并提供具体事实。";
        var lines = batch.Rows.Select((row, i) => new PublicityLine(i + 1, row.Certificate.HolderName, row.Gender,
            row.Certificate.OccupationName, row.Certificate.Trade ?? CertificateFace.NoTrade, FormText.Level(row.Certificate.Level))).ToList();
        return new PublicityList(batch.InstitutionName, lead, FormText.Date(period?.From), FormText.Date(period?.To),
            period?.Place ?? BlankPlace, objection, lines);
    }
}
