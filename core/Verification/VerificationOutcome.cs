namespace SkillCert.Core.Verification;

/// <summary>The one-word answer for a certificate that was found.</summary>
public enum VerificationOutcome
{
    /// <summary>Every check passes and the certificate was not revoked.</summary>
    Genuine,

    /// <summary>The certificate was revoked; the record says when and why.</summary>
    Revoked,

    /// <summary>The record exists but fails at least one check against its number or the catalogue.</summary>
    Inconsistent,
}
