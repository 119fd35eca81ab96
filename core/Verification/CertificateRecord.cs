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
    string MaskedId)
{
    /// <summary>The batch it was issued in (its roster's name), whose review and publicity it went through; null when unknown.</summary>
    public string? Batch { get; init; }

    /// <summary>For a reissue: the number of the certificate it corrects and replaces.</summary>
    public string? Replaces { get; init; }

    /// <summary>For a certificate corrected by a reissue: the number of the certificate that replaces it.</summary>
    public string? ReplacedBy { get; init; }
}
