using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>What closing an institution's ledger gives: its certificates in number order, or the problems that stop the export.</summary>
public sealed record LedgerOutcome(
    IReadOnlyList<ExportedCertificate> Certificates,
    IReadOnlyList<RowProblem> Problems,
    IReadOnlyList<ExportedCertificate> Dropped,
    IReadOnlyDictionary<string, int> SerialFloors,
    int NewNumbers);
