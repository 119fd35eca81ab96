using SkillCert.Core.Catalogue;
using SkillCert.Generator.Certificates;

namespace SkillCert.Generator.Forms;

/// <summary>
/// The 公示 list of one batch, for the institution to post where it works (附件2 四, 公示安排): who passed, with sex,
/// occupation, 工种 and level, the period and the place of the publicity, and where to object. Never an ID number, never
/// a score: the list is public, and those are not.
/// </summary>
public sealed record PublicityList(string Unit, string EvaluatedOn, string From, string To, string Place, string Center, string? CenterPhone,
    IReadOnlyList<PublicityLine> Lines)
{
    public string Title => "职业技能等级认定评价结果公示";

    public IReadOnlyList<string> Columns => ["序号", "姓名", "性别", "职业", "工种", "等级"];

    /// <summary>The blank a period or place leaves when the batch file does not give it, to fill in by hand.</summary>
    public const string BlankPlace = "＿＿＿＿＿＿＿＿＿＿";

    public static PublicityList Of(FormBatch batch, SiteSettings site)
    {
        var period = batch.Schedule.Publicity;
        var lines = batch.Rows.Select((row, i) => new PublicityLine(i + 1, row.Certificate.HolderName, row.Gender,
            row.Certificate.OccupationName, row.Certificate.Trade ?? CertificateFace.NoTrade, FormText.Level(row.Certificate.Level))).ToList();
        return new PublicityList(batch.InstitutionName, FormText.Date(batch.Totals?.EvaluatedOn), FormText.Date(period?.From), FormText.Date(period?.To),
            period?.Place ?? BlankPlace, site.Center, site.ContactPhone, lines);
    }
}
