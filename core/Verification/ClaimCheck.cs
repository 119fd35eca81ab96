using SkillCert.Core.Signing;

namespace SkillCert.Core.Verification;

/// <summary>
/// Checks signed QR claims online: first the signature against the export's published keys, then the claims
/// against the record. Whether the record was revoked is the record's own status, not the claims' standing.
/// </summary>
public static class ClaimCheck
{
    public static ClaimStanding Check(SignedClaims signed, CertificateRecord record, IReadOnlyList<PublishedKey> keys) =>
        new ClaimVerifier(keys).Verify(signed) switch
        {
            SignatureVerdict.UnknownKey => ClaimStanding.UnknownKey,
            SignatureVerdict.RetiredKey => ClaimStanding.RetiredKey,
            SignatureVerdict.BadSignature => ClaimStanding.BadSignature,
            _ => Matches(signed.Claims, record) ? ClaimStanding.Authentic : ClaimStanding.Mismatch,
        };

    /// <summary>True when the claims name the record: same number, holder name (after <see cref="HolderName.Normalize"/>), level and issue date.</summary>
    public static bool Matches(QrClaims claims, CertificateRecord record) =>
        string.Equals(claims.Number, record.Number, StringComparison.Ordinal)
        && string.Equals(HolderName.Normalize(claims.Name), HolderName.Normalize(record.HolderName), StringComparison.Ordinal)
        && claims.Level == record.Level
        && claims.IssuedOn == record.IssuedOn;
}
