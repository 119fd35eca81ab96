using SkillCert.Core.Exports;

namespace SkillCert.Generator.Export;

/// <summary>What one institution's share of the export produced: its certificates in number order, ready to insert, or its errors.</summary>
public sealed record InstitutionOutcome(
    string Seq,
    EncodedCertificates Certificates,
    int Revoked,
    IReadOnlySet<int> Years,
    IReadOnlyList<ExportError> Errors,
    ResultsSummary Summary,
    IReadOnlyList<ExportedCertificate> Dropped,
    IReadOnlyDictionary<string, int> SerialFloors,
    IReadOnlyList<(string File, string Sha256)> Inputs,
    int RosterRows,
    int NewNumbers)
{
    public bool HasErrors => Errors.Any(e => !e.IsWarning);
}
