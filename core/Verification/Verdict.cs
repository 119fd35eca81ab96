namespace SkillCert.Core.Verification;

/// <summary>
/// The one answer a person sees about a certificate. The members are in order of precedence: when several apply,
/// the first one listed is the answer, so that nothing wrong can hide behind a kinder word.
/// </summary>
public enum Verdict
{
    /// <summary>The number breaks the coding rule.</summary>
    Malformed,

    /// <summary>Well formed, but no certificate has this number.</summary>
    NotFound,

    /// <summary>QR claims came with the question and cannot be trusted: bad signature, unusable key, or claims unlike the record.</summary>
    Tampered,

    /// <summary>The certificate was revoked.</summary>
    Revoked,

    /// <summary>A name was given and it is not the holder's.</summary>
    NameMismatch,

    /// <summary>Found, but a rule check fails: institution, standing on the issue date, scope, year or level.</summary>
    Inconsistent,

    /// <summary>Found and sound, but nothing confirmed the holder: no name or claims, or the name check was refused.</summary>
    Unconfirmed,

    /// <summary>Found, every check passes, and the name or the signed claims match.</summary>
    Genuine,
}
