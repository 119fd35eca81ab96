namespace SkillCert.VerifyApi.Certificates;

/// <summary>The four kinds of answer a certificate query can get; all but Unavailable carry a verdict.</summary>
public enum CertificateAnswerKind
{
    /// <summary>The number breaks the coding rule; the decoding says which field and why.</summary>
    Malformed,

    /// <summary>No export is loaded, so nothing can be looked up.</summary>
    Unavailable,

    /// <summary>Well formed, but no certificate has this number.</summary>
    NotFound,

    /// <summary>Found: the verdict says what it amounts to.</summary>
    Found,
}
