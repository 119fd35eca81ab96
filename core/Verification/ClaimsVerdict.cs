namespace SkillCert.Core.Verification;

/// <summary>What a QR code's signed claims say about a certificate, after checking the signature and the record.</summary>
public enum ClaimsVerdict
{
    /// <summary>A published key signed exactly what the record holds, and the certificate stands.</summary>
    Authentic,

    /// <summary>The claims are genuine, but the certificate has since been revoked.</summary>
    Revoked,

    /// <summary>The signature is sound, but the claims differ from the record: name, level or issue date.</summary>
    Mismatch,

    /// <summary>The link names a key that was never published.</summary>
    UnknownKey,

    /// <summary>The key had been retired before the certificate's issue date.</summary>
    RetiredKey,

    /// <summary>The key was revoked: nothing it signed is trusted.</summary>
    RevokedKey,

    /// <summary>The signature does not fit the claims: the link was changed.</summary>
    Tampered,
}
