namespace SkillCert.Core.Rosters;

/// <summary>A set of roster columns, such as the columns a roster's header has, as one small value.</summary>
public readonly record struct RosterColumnSet(int Bits)
{
    /// <summary>Every column.</summary>
    public static RosterColumnSet All { get; } = new((1 << RosterColumns.Count) - 1);

    public static RosterColumnSet Of(params ReadOnlySpan<RosterColumn> columns)
    {
        var bits = 0;
        foreach (var column in columns) bits |= 1 << (int)column;
        return new RosterColumnSet(bits);
    }

    public bool Has(RosterColumn column) => (Bits & (1 << (int)column)) != 0;

    public RosterColumnSet With(RosterColumn column) => new(Bits | (1 << (int)column));
}
