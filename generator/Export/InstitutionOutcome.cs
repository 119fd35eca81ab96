using SkillCert.Core.Exports;

namespace SkillCert.Generator.Export;

/// <summary>
/// What one institution's share of the export produced: its certificates in number order, ready to insert, or its
/// errors; and its batches as the export records them.
/// </summary>
public sealed record InstitutionOutcome(
    string Seq,
    EncodedCertificates Certificates,
    int Revoked,
    IReadOnlySet<int> Years,
    IReadOnlyList<ExportError> Errors,
    ResultsSummary Summary,
    int Kept,
    IReadOnlyDictionary<string, int> SerialFloors,
    IReadOnlyList<(string File, string Sha256)> Inputs,
    int RosterRows,
    int NewNumbers)
{
    public bool HasErrors => Errors.Any(e => !e.IsWarning);

    /// <summary>Its batches: those with a roster, in any state, and the issued ones of the previous export whose roster is gone.</summary>
    public IReadOnlyList<BatchRecord> Batches { get; init; } = [];
}
