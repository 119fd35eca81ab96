namespace SkillCert.Core.Institutions;

/// <summary>One line of a filed scope: an occupation, an optional trade (工种) and the levels it may certify.</summary>
public sealed record ScopeEntry(string OccupationCode, string? Trade, IReadOnlyList<int> Levels)
{
    /// <summary>
    /// True when this line covers the occupation, the trade and the level. A line filed for a trade covers that trade
    /// only, so a certificate without a 工种 needs a line filed without one; a line filed without a trade covers the
    /// occupation with any trade or none (不得超范围).
    /// </summary>
    public bool Covers(string occupationCode, string? trade, int level) =>
        OccupationCode == occupationCode
        && Levels.Contains(level)
        && (Trade is null || Trade == trade);

    /// <summary>True when the line is for this occupation and lets this trade (null for none) through, whatever the level.</summary>
    public bool CoversTrade(string occupationCode, string? trade) =>
        OccupationCode == occupationCode && (Trade is null || Trade == trade);
}
