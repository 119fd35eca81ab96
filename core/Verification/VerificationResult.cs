namespace SkillCert.Core.Verification;

/// <summary>Every rule check made on a found certificate, and whether the record was revoked.</summary>
public sealed record VerificationResult(IReadOnlyList<CheckResult> Checks, CertificateStatus Status)
{
    /// <summary>True when no check failed (skipped checks only follow failed ones).</summary>
    public bool AllPass => Checks.All(c => c.Verdict == CheckVerdict.Pass);

    /// <summary>The first check that failed, the one a person should hear about first; null when none did.</summary>
    public CheckResult? FirstFailure => Checks.FirstOrDefault(c => c.Verdict == CheckVerdict.Fail);
}
