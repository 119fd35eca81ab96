using CsCheck;
using SkillCert.Core.Verification;
using static SkillCert.Tests.Unit.Verification.VerdictFixture;

namespace SkillCert.Tests.Unit.Verification;

/// Whatever the findings, nothing wrong ever reaches a kind verdict.
public class CertificateVerdictPropertyTests
{
    private static readonly Gen<(CertificateStatus Status, NameCheck Name, ClaimsVerdict? Claims, CheckKind[] Failing)> Findings =
        from status in Gen.Enum<CertificateStatus>()
        from name in Gen.Enum<NameCheck>()
        from hasClaims in Gen.Bool
        from claims in Gen.Enum<ClaimsVerdict>()
        from failing in Gen.Enum<CheckKind>().Array[0, 3]
        select (status, name, hasClaims ? claims : (ClaimsVerdict?)null, failing.Distinct().ToArray());

    private static CertificateVerdict Decided((CertificateStatus Status, NameCheck Name, ClaimsVerdict? Claims, CheckKind[] Failing) f) =>
        Decide(f.Status, f.Name, f.Claims, f.Failing);

    [Fact]
    public void A_failed_check_a_revocation_a_wrong_name_or_untrusted_claims_never_give_genuine_or_unconfirmed() =>
        Findings.Sample(f =>
        {
            var wrong = f.Failing.Length > 0 || f.Status == CertificateStatus.Revoked || f.Name == NameCheck.Differs
                || f.Claims is { } c && c != ClaimsVerdict.Authentic;
            return !wrong || Decided(f).Verdict is not (Verdict.Genuine or Verdict.Unconfirmed);
        }, iter: PropertyRuns.Many);

    [Fact]
    public void Genuine_always_means_a_sound_record_and_a_confirmed_holder() =>
        Findings.Sample(f =>
        {
            var verdict = Decided(f);
            return verdict.Verdict != Verdict.Genuine
                || f.Failing.Length == 0 && f.Status == CertificateStatus.Valid && verdict.HolderConfirmed && f.Name != NameCheck.Differs;
        }, iter: PropertyRuns.Many);

    [Fact]
    public void The_verdict_is_the_first_applicable_one_in_order_of_precedence() =>
        Findings.Sample(f =>
        {
            var applies = new List<Verdict>();
            if (f.Claims is { } c && c != ClaimsVerdict.Authentic) applies.Add(Verdict.Tampered);
            if (f.Status == CertificateStatus.Revoked) applies.Add(Verdict.Revoked);
            if (f.Name == NameCheck.Differs) applies.Add(Verdict.NameMismatch);
            if (f.Failing.Length > 0) applies.Add(Verdict.Inconsistent);
            applies.Add(f.Name == NameCheck.Matches || f.Claims == ClaimsVerdict.Authentic ? Verdict.Genuine : Verdict.Unconfirmed);
            return Decided(f).Verdict == applies.Min();
        }, iter: PropertyRuns.Many);
}
