namespace SkillCert.Core.Verification;

/// <summary>
/// What a check of a QR link that never sees the certificate record can say (<c>skillcert verify-qr</c>, the offline
/// step of <c>/scan/</c>). It is never "genuine": a good signature proves the link unchanged, not the certificate valid.
/// </summary>
public enum OfflineVerdict
{
    /// <summary>A published key that still vouches signed exactly these claims; the record was not checked.</summary>
    Signed,

    /// <summary>The link cannot be trusted: <see cref="OfflineReason"/> says why.</summary>
    Tampered,
}
