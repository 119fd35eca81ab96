using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>
/// What closing an institution's ledger gives: its certificates in number order (with those kept from the previous
/// export that no roster row holds any more, listed again in <see cref="Kept"/>), or the problems that stop the export.
/// </summary>
public sealed record LedgerOutcome(
    IReadOnlyList<ExportedCertificate> Certificates,
    IReadOnlyList<RowProblem> Problems,
    IReadOnlyList<ExportedCertificate> Kept,
    IReadOnlyDictionary<string, int> SerialFloors,
    int NewNumbers);
