namespace SkillCert.Core.Verification;

/// <summary>What a QR code's signed claims are worth against the record of the certificate they name.</summary>
public enum ClaimStanding
{
    /// <summary>A published key signed exactly these claims, and they are the record's number, name, level and date.</summary>
    Authentic,

    /// <summary>The signature is sound, but the claims are not what the record says.</summary>
    Mismatch,

    /// <summary>No published key has the claims' key id.</summary>
    UnknownKey,

    /// <summary>The key had been retired before the claimed issue date.</summary>
    RetiredKey,

    /// <summary>The signature does not match the claims: the link was changed.</summary>
    BadSignature,
}
