namespace SkillCert.Core.Rosters;

/// <summary>One data row of a roster as read, every cell trimmed text ("" when empty), with where it came from.</summary>
public sealed class RosterRow
{
    private readonly string[] _cells;

    /// <param name="cells">One cell per <see cref="RosterColumn"/>, in enum order.</param>
    /// <param name="origin">The caller's reference to the row, handed back in every problem.</param>
    /// <param name="columns">The columns the roster's header has (every column when not given); the cells of the others are empty.</param>
    public RosterRow(string[] cells, RowOrigin origin, RosterColumnSet? columns = null)
    {
        if (cells.Length != RosterColumns.Count) throw new ArgumentException($"expected {RosterColumns.Count} cells", nameof(cells));
        _cells = cells;
        Origin = origin;
        Columns = columns ?? RosterColumnSet.All;
    }

    public RowOrigin Origin { get; }

    /// <summary>The columns the roster's header has: a column it leaves out is taken from elsewhere, where the rules allow.</summary>
    public RosterColumnSet Columns { get; }

    public string this[RosterColumn column] => _cells[(int)column];

    /// <summary>True when the cell holds nothing but spaces.</summary>
    public bool IsEmpty(RosterColumn column) => string.IsNullOrWhiteSpace(_cells[(int)column]);
}
