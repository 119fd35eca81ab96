namespace SkillCert.Core.Privacy;

/// <summary>One guess counted by a <see cref="GuessTally"/>: the day it was counted on and its cells, so that it can be given back exactly.</summary>
public readonly struct GuessTicket(int day, GuessCells cells)
{
    /// <summary>The local day number the guess was counted on; 0 for no guess.</summary>
    public int Day { get; } = day;

    public GuessCells Cells { get; } = cells;
}
