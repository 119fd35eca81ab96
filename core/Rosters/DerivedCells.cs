using SkillCert.Core.Catalogue;
using SkillCert.Core.Identity;
using SkillCert.Core.Institutions;
using SkillCert.Core.Occupations;

namespace SkillCert.Core.Rosters;

/// <summary>
/// What a roster in the official 附件4 form leaves out, taken from what it gives, and only where that is unambiguous:
/// 证件类型 from a valid resident ID, 职业编码 from the occupation's name, 工种 from the filed scope line. Every
/// ambiguity is a problem at its row and column that says which column to add.
/// </summary>
internal sealed class DerivedCells(CatalogueContent catalogue, Institution institution, DateOnly asOf)
{
    private static readonly string DocumentTypeHeader = RosterColumns.Header(RosterColumn.DocumentType);
    private static readonly string CodeHeader = RosterColumns.Header(RosterColumn.OccupationCode);
    private static readonly string TradeHeader = RosterColumns.Header(RosterColumn.Trade);

    private Dictionary<string, List<Occupation>>? _byName;

    /// <summary>居民身份证 when the number is a valid resident ID; otherwise null after saying why.</summary>
    public string? DocumentType(RowCheck cell, string id)
    {
        if (IdNumber.IsValid(id, asOf, out _, out _)) return RosterCells.ResidentIdCard;
        var errors = IdNumber.Check(id, asOf).Errors;
        cell.Problem(RosterColumn.IdNumber, $"不是有效的居民身份证号码（{string.Join("；", errors.Select(e => e.Zh))}）。花名册没有“{DocumentTypeHeader}”列，证件号码都按居民身份证读取：" +
            $"改正号码，或加“{DocumentTypeHeader}”列写明其他证件的名称",
            $"is not a valid resident ID number ({string.Join("; ", errors.Select(e => e.En))}). The roster has no {DocumentTypeHeader} column, so every " +
            $"number is read as a resident ID: correct the number, or add a {DocumentTypeHeader} column naming the other document");
        return null;
    }

    /// <summary>
    /// The occupation a 申报职业 names: the one occupation of that name in occupations.yml, or, when several share it, the
    /// one in the institution's filed scope on <paramref name="day"/>; otherwise null after saying why.
    /// </summary>
    public Occupation? OccupationNamed(RowCheck cell, string name, DateOnly? day)
    {
        _byName ??= catalogue.Occupations.GroupBy(o => o.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (!_byName.TryGetValue(name, out var named))
        {
            cell.Problem(RosterColumn.OccupationName, $"“{RosterCells.Shown(name)}”不是 occupations.yml 中的职业名称：写职业分类大典中的名称，或加“{CodeHeader}”列",
                $"\"{RosterCells.Shown(name)}\" is no occupation's name in occupations.yml: write the name of the 职业分类大典, or add a {CodeHeader} column");
            return null;
        }
        if (named.Count == 1) return named[0];
        var scope = day is { } d ? institution.ScopeOn(d) : [];
        var filed = named.Where(o => scope.Any(e => e.OccupationCode == o.Code)).ToList();
        if (filed.Count == 1) return filed[0];
        var codes = string.Join("、", named.Select(o => o.Code));
        var inScope = filed.Count == 0 ? "一个也不在" : $"有 {filed.Count} 个在";
        cell.Problem(RosterColumn.OccupationName,
            $"“{name}”是 {named.Count} 个职业的名称（{codes}），{inScope} {institution.Seq} 当天的备案范围中：加“{CodeHeader}”列写明职业编码",
            $"\"{name}\" names {named.Count} occupations ({codes}), {filed.Count} of them in the filed scope of {institution.Seq} that day: " +
            $"add a {CodeHeader} column giving the occupation's code");
        return null;
    }

    /// <summary>
    /// The 工种 of a row from a roster without that column: the trade of the filed line of its occupation on the day, or
    /// none when that line has none. False after saying so when the occupation is filed with several trades.
    /// </summary>
    public bool TryTrade(RowCheck cell, Occupation occupation, DateOnly day, out string? trade)
    {
        var trades = institution.ScopeOn(day).Where(e => e.OccupationCode == occupation.Code).Select(e => e.Trade).Distinct().ToList();
        trade = trades.Count == 1 ? trades[0] : null;
        if (trades.Count <= 1) return true;
        var listed = string.Join("、", trades.Select(t => t ?? "不分工种"));
        cell.Problem(RosterColumn.Trade, $"花名册没有“{TradeHeader}”列，而 {institution.Seq} 在 {RosterDate.Write(day)} 备案的 {occupation.Code} {occupation.Name} " +
            $"有 {trades.Count} 个工种（{listed}）：加“{TradeHeader}”列写明每人的工种",
            $"the roster has no {TradeHeader} column, but {occupation.Code} {occupation.Name}, filed by {institution.Seq} on {RosterDate.Write(day)}, " +
            $"has {trades.Count} trades ({listed}): add a {TradeHeader} column giving each person's trade");
        return false;
    }
}
