namespace SkillCert.Core.Rosters;

/// <summary>
/// The batch a roster's rows belong to, as the row rules need it: its name, and its issue date (<c>issued_on</c>),
/// which a row without a 发证日期 takes and before which no row may be dated. A batch not issued yet has no issue date
/// the rules can use; its undated rows are judged as of <paramref name="UndatedDay"/> (the export date), to count them.
/// </summary>
public sealed record RosterBatch(string Name, DateOnly? IssuedOn, DateOnly UndatedDay)
{
    /// <summary>A batch issued on <paramref name="issuedOn"/>.</summary>
    public static RosterBatch Issued(string name, DateOnly issuedOn) => new(name, issuedOn, issuedOn);
}
