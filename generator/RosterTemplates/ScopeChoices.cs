using SkillCert.Core.Catalogue;
using SkillCert.Core.Institutions;
using SkillCert.Core.Levels;
using SkillCert.Core.Rosters;

namespace SkillCert.Generator.RosterTemplates;

/// <summary>
/// The values a roster of one institution may hold on a day, for the template's drop-down lists: the codes, names,
/// 工种 and levels of its filed scope on that day, with the genders and document types every roster may use.
/// </summary>
public sealed record ScopeChoices(IReadOnlyList<string> Codes, IReadOnlyList<string> Occupations, IReadOnlyList<string> Trades, IReadOnlyList<string> Levels)
{
    public static IReadOnlyList<string> Genders { get; } = [RosterCells.Male, RosterCells.Female];

    /// <summary>The document types people are certified with; any other type is accepted as written, so the list warns rather than stops.</summary>
    public static IReadOnlyList<string> DocumentTypes { get; } =
        [RosterCells.ResidentIdCard, "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "港澳台居民居住证", "外国人永久居留身份证", "护照"];

    /// <summary>The mark for "no 工种", first in the 工种 list where the scope allows a row without one.</summary>
    public const string NoTrade = "—";

    public static ScopeChoices Of(Institution institution, CatalogueContent catalogue, DateOnly day)
    {
        var scope = institution.ScopeOn(day);
        var codes = scope.Select(s => s.OccupationCode).Distinct().ToList();
        var names = codes.Select(c => catalogue.FindOccupation(c)?.Name ?? c).ToList();
        var trades = new List<string>();
        // A line filed without a 工种 covers the occupation with any of its trades or none.
        if (scope.Any(s => s.Trade is null)) trades.Add(NoTrade);
        foreach (var line in scope)
        {
            IEnumerable<string> covered = line.Trade is { } trade ? [trade] : catalogue.FindOccupation(line.OccupationCode)?.Trades ?? [];
            trades.AddRange(covered.Where(t => !trades.Contains(t)));
        }
        var levels = scope.SelectMany(s => s.Levels).Distinct().OrderDescending()
            .Select(code => SkillLevel.FromCode(code)!.DisplayName).ToList();
        return new ScopeChoices(codes, names, trades, levels);
    }
}
