namespace SkillCert.Core.Verification;

/// <summary>
/// The verdict on one question about a certificate, decided once from every finding, and the findings themselves
/// so that each surface can show the reasons under the verdict without deciding anything again.
/// </summary>
public sealed record CertificateVerdict
{
    private CertificateVerdict(Verdict verdict, NameCheck name, ClaimsCheckResult? claims, CertificateRecord? record, VerificationResult? checks)
    {
        Verdict = verdict;
        Name = name;
        Claims = claims;
        Record = record;
        Checks = checks;
    }

    public Verdict Verdict { get; }

    /// <summary>The name check; <see cref="NameCheck.NotGiven"/> when no name came with the question.</summary>
    public NameCheck Name { get; }

    /// <summary>The signed QR claims' finding, or null when the question carried none.</summary>
    public ClaimsCheckResult? Claims { get; }

    /// <summary>The record, when one was found.</summary>
    public CertificateRecord? Record { get; }

    /// <summary>The rule checks, when a record was found.</summary>
    public VerificationResult? Checks { get; }

    /// <summary>True when a typed name or authentic claims tie the certificate to the person: only then may the full name show.</summary>
    public bool HolderConfirmed => Name == NameCheck.Matches || Claims?.IsAuthentic == true;

    /// <summary>The answer for a number that breaks the coding rule.</summary>
    public static CertificateVerdict Malformed { get; } = new(Verdict.Malformed, NameCheck.NotGiven, null, null, null);

    /// <summary>The answer for a well-formed number that no certificate has; claims cannot be checked without a record.</summary>
    public static CertificateVerdict NotFound { get; } = new(Verdict.NotFound, NameCheck.NotGiven, null, null, null);

    /// <summary>
    /// Decides the verdict on a found record. The order of the tests is the order of precedence in <see cref="Verdict"/>:
    /// untrustworthy claims first, because a forged QR code must never borrow a real record's standing.
    /// </summary>
    public static CertificateVerdict Decide(CertificateRecord record, VerificationResult checks, NameCheck name, ClaimsCheckResult? claims)
    {
        var verdict =
            claims is { IsAuthentic: false } ? Verdict.Tampered
            : record.Status == CertificateStatus.Revoked || checks.Status == CertificateStatus.Revoked ? Verdict.Revoked
            : name == NameCheck.Differs ? Verdict.NameMismatch
            : !checks.AllPass ? Verdict.Inconsistent
            : name == NameCheck.Matches || claims is { IsAuthentic: true } ? Verdict.Genuine
            : Verdict.Unconfirmed;
        return new CertificateVerdict(verdict, name, claims, record, checks);
    }
}
