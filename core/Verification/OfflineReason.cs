namespace SkillCert.Core.Verification;

/// <summary>Why an offline check of a QR link came to its verdict; every reason but the first makes it tampered.</summary>
public enum OfflineReason
{
    /// <summary>The signature is good and its key vouches for it: the verdict is signed.</summary>
    GoodSignature,

    /// <summary>The link carries no readable signed claims, names no known version, or is not written as an encoder writes it.</summary>
    UnreadableLink,

    /// <summary>No published key has the link's key id.</summary>
    UnknownKey,

    /// <summary>The link's key was revoked; nothing it signed counts.</summary>
    RevokedKey,

    /// <summary>The signature does not fit the claims (or has a high s where the version forbids it).</summary>
    BadSignature,

    /// <summary>The key was retired on or before the certificate's issue date.</summary>
    RetiredKey,
}
