namespace SkillCert.Core.Signing;

/// <summary>What checking a QR signature against the published keys found.</summary>
public enum SignatureVerdict
{
    /// <summary>A published key made this signature over exactly these claims.</summary>
    Valid,

    /// <summary>No published key has this id.</summary>
    UnknownKey,

    /// <summary>
    /// The key is known, but the signature does not match the claims, or is not in the form its link's version
    /// requires (a high s from version 1): something was changed.
    /// </summary>
    BadSignature,

    /// <summary>The signature is sound, but the key had been retired before the certificate's issue date.</summary>
    RetiredKey,

    /// <summary>The key was revoked: its private half may be in other hands, so nothing it signed is trusted.</summary>
    RevokedKey,
}
