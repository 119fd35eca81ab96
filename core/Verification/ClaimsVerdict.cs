namespace SkillCert.Core.Verification;

/// <summary>What a QR code's signed claims say, after checking the signature against the keys and the claims against the record.</summary>
public enum ClaimsVerdict
{
    /// <summary>A published key signed exactly what the record holds.</summary>
    Authentic,

    /// <summary>The signature is sound, but the claims differ from the record: name, level, issue date or number.</summary>
    Mismatch,

    /// <summary>The link names a key that was never published.</summary>
    UnknownKey,

    /// <summary>The key had been retired before the certificate's issue date.</summary>
    RetiredKey,

    /// <summary>The key was revoked: nothing it signed is trusted.</summary>
    RevokedKey,

    /// <summary>The signature does not fit the claims: the link was changed.</summary>
    Tampered,

    /// <summary>The request carried claims, but they could not be read: a cut or damaged link.</summary>
    Unreadable,
}
