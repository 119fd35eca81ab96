namespace SkillCert.Core.Verification;

/// <summary>
/// One certificate as the export stores it. It holds the full holder name because name checks and signed QR
/// claims are compared against it; what the public may see is decided where the record is shown.
/// </summary>
public sealed record CertificateRecord(
    string Number,
    string Institution,
    string OccupationCode,
    string OccupationName,
    string? Trade,
    int Level,
    DateOnly IssuedOn,
    CertificateStatus Status,
    DateOnly? RevokedOn,
    string? RevocationReason,
    string HolderName,
    string MaskedName,
    string DocumentType,
    string MaskedId);
