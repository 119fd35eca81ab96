namespace SkillCert.Generator.Site;

/// <summary>
/// The publicity notice of one batch as the site shows it: the institution, the period and place, the counts per
/// occupation, 工种 and level, and what became of it by the build's day. No names: the list with names is posted at
/// <see cref="Place"/> only. <see cref="InstitutionUrl"/> is null when the catalogue does not list the institution.
/// </summary>
public sealed record PublicityNoticeView(string Url, string Seq, string Batch, string InstitutionName, string? InstitutionUrl,
    string From, string To, string Place, bool Running, string StateLabel, string? IssuedOn, string ListedUntil,
    IReadOnlyList<PublicityCountView> Counts, int Total)
{
    /// <summary>A heading for the notice, in the words a notice board uses.</summary>
    public string Title => $"{InstitutionName}职业技能等级认定结果公示";
}
