namespace SkillCert.Core.Institutions;

/// <summary>One line of a filed scope: an occupation, an optional trade (工种) and the levels it may certify.</summary>
public sealed record ScopeEntry(string OccupationCode, string? Trade, IReadOnlyList<int> Levels)
{
    /// <summary>True when this line covers the occupation, the trade (when one is given) and the level.</summary>
    public bool Covers(string occupationCode, string? trade, int level) =>
        OccupationCode == occupationCode
        && Levels.Contains(level)
        && (Trade is null || string.IsNullOrEmpty(trade) || Trade == trade);
}
