using SkillCert.Core.Catalogue;
using SkillCert.Core.Institutions;
using SkillCert.Generator.Certificates;

namespace SkillCert.Generator.Forms;

/// <summary>
/// One line of a filed scope as the forms print it (附件1 二, and the roster template's scope sheet): the occupation,
/// its code, the 工种 (— for none) and the levels, with the standard and the test items as boxes to tick by hand.
/// </summary>
public sealed record FilingScopeLine(int Seq, string OccupationName, string OccupationCode, string Trade, string Levels)
{
    public string Standard => "☐职业标准　☐评价规范";

    public string TestItems => "☐有　☐无";

    /// <summary>The institution's scope in force on the day, a line per filed line, levels from 五级 up.</summary>
    public static IReadOnlyList<FilingScopeLine> ListOf(Institution institution, CatalogueContent catalogue, DateOnly day) =>
        institution.ScopeOn(day).Select((s, i) => new FilingScopeLine(i + 1,
            catalogue.FindOccupation(s.OccupationCode)?.Name ?? "", s.OccupationCode, s.Trade ?? CertificateFace.NoTrade,
            string.Join("、", s.Levels.OrderDescending().Select(FormText.Level)))).ToList();
}
