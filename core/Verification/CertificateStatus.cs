namespace SkillCert.Core.Verification;

/// <summary>Whether a certificate still stands or was revoked by its institution or the centre.</summary>
public enum CertificateStatus
{
    Valid,
    Revoked,
}
