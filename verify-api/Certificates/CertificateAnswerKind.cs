namespace SkillCert.VerifyApi.Certificates;

/// <summary>The four answers a certificate query can get.</summary>
public enum CertificateAnswerKind
{
    /// <summary>The number breaks the coding rule; the decoding says which field and why.</summary>
    Malformed,

    /// <summary>No export is loaded, so nothing can be looked up.</summary>
    Unavailable,

    /// <summary>Well formed, but no certificate has this number.</summary>
    NotFound,

    /// <summary>Found: valid or revoked, with every check.</summary>
    Found,
}
