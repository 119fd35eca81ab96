using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// One batch, read and checked (<see cref="BatchReading"/>): its files, its status, and its rows that passed the rules,
/// told apart by what the batch file says of them: removed by an objection upheld before issue, revoked by one upheld
/// after. What is wrong with it is in <see cref="Problems"/>; for a batch not issued they are only warnings.
/// </summary>
public sealed class BatchRows(RosterFile file, BatchFile batch, BatchStatus status)
{
    public RosterFile File => file;

    public BatchFile Batch => batch;

    public BatchStatus Status => status;

    /// <summary>False when the roster could not be read at all.</summary>
    public bool HasHeader { get; set; }

    /// <summary>The data rows read, whether they passed the rules or not.</summary>
    public int Rows { get; set; }

    /// <summary>The rows that passed the rules, in roster order.</summary>
    public List<ExportedCertificate> Checked { get; } = [];

    /// <summary>Rows an objection upheld before issue removed: they are publicised, never issued.</summary>
    public HashSet<ExportedCertificate> Removed { get; } = [];

    /// <summary>Rows issued and then revoked by an objection upheld after issue, with the objection and where it is written.</summary>
    public List<(ExportedCertificate Row, ObjectionEntry Objection, RowOrigin At)> RevokedAfterIssue { get; } = [];

    public List<RowProblem> Problems { get; } = [];

    /// <summary>The rows that become certificates, when the batch is issued.</summary>
    public IEnumerable<ExportedCertificate> Issued => Checked.Where(c => !Removed.Contains(c));

    /// <summary>The rows that are reissues: they correct a certificate, so they are not more people who passed.</summary>
    public int Corrections => Checked.Count(c => c.Replacement is not null);

    /// <summary>The first issue date of its rows, for the 附件3 totals' check against evaluated_on.</summary>
    public DateOnly? FirstIssued => Checked.Count == 0 ? null : Checked.Min(c => c.IssuedOn);

    /// <summary>
    /// Where its 附件3 totals disagree with its roster, each at its line of the batch file: passed counts the people who
    /// passed, so every row read but the reissues. Warnings when <paramref name="asWarnings"/> (a batch not issued).
    /// </summary>
    public IEnumerable<ExportError> TotalsErrors(DateOnly asOf, bool asWarnings) =>
        batch.Totals.Check(Rows - Corrections, FirstIssued, asOf)
            .Select(p => new ExportError(DiagnosticCodes.BatchTotals, batch.Display, batch.SpotOf(p.Field).Line, p.Field, p.Message.Zh, p.Message.En, asWarnings));
}
