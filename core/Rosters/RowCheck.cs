namespace SkillCert.Core.Rosters;

/// <summary>The row being checked and the list its problems go to, so each rule names only the column and the message.</summary>
internal readonly struct RowCheck(RosterRow row, List<RowProblem> problems)
{
    public RosterRow Row => row;

    /// <summary>The cell's text, or null after reporting that a required cell is empty.</summary>
    public string? Required(RosterColumn column)
    {
        if (!row.IsEmpty(column)) return row[column];
        var header = RosterColumns.Header(column);
        Problem(column, $"没有填写；每一行都要填{header}", $"is empty; every row needs its {header}");
        return null;
    }

    /// <summary>A problem of a cell, in Chinese and in English.</summary>
    public void Problem(RosterColumn column, string message, string messageEn) =>
        problems.Add(new RowProblem(row.Origin, RosterColumns.Header(column), message, messageEn));
}
