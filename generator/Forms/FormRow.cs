using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;

namespace SkillCert.Generator.Forms;

/// <summary>
/// One person of a batch as the forms print them: the checked record the export would make of the row, with the cells
/// the export leaves out (the full ID number, 岗位工龄 and the scores), and the certificate number once the export has it.
/// </summary>
public sealed record FormRow(
    ExportedCertificate Certificate,
    string Gender,
    string IdNumber,
    string Tenure,
    string TheoryScore,
    string SkillScore,
    string PerformanceScore,
    int Line)
{
    /// <summary>The number the export gave this row, or null before it is issued.</summary>
    public string? Number { get; init; }

    public bool IsRevoked { get; init; }

    public static FormRow Of(RosterRow row, ExportedCertificate certificate) => new(
        certificate,
        row[RosterColumn.Gender],
        Core.Identity.IdNumber.Normalize(row[RosterColumn.IdNumber]),
        row[RosterColumn.Tenure],
        row[RosterColumn.TheoryScore],
        row[RosterColumn.SkillScore],
        row[RosterColumn.PerformanceScore],
        row.Origin.Line);
}
