namespace SkillCert.Core.Verification;

/// <summary>Every check made on a found certificate, and the answer they add up to.</summary>
public sealed record VerificationResult(IReadOnlyList<CheckResult> Checks, CertificateStatus Status)
{
    /// <summary>True when no check failed (skipped checks only follow failed ones).</summary>
    public bool AllPass => Checks.All(c => c.Verdict == CheckVerdict.Pass);

    /// <summary>A revocation is the last word; otherwise any failed check makes the record inconsistent.</summary>
    public VerificationOutcome Outcome =>
        Status == CertificateStatus.Revoked ? VerificationOutcome.Revoked
        : AllPass ? VerificationOutcome.Genuine
        : VerificationOutcome.Inconsistent;
}
