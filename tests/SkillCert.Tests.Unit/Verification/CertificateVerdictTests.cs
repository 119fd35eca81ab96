using SkillCert.Core.Verification;
using static SkillCert.Tests.Unit.Verification.VerdictFixture;

namespace SkillCert.Tests.Unit.Verification;

/// The verdict rules, one per test, in the order of precedence.
public class CertificateVerdictTests
{
    [Fact]
    public void A_sound_record_with_the_holders_name_is_genuine() =>
        Assert.Equal(Verdict.Genuine, Decide(name: NameCheck.Matches).Verdict);

    [Fact]
    public void A_sound_record_with_authentic_claims_is_genuine() =>
        Assert.Equal(Verdict.Genuine, Decide(claims: ClaimsVerdict.Authentic).Verdict);

    [Fact]
    public void A_sound_record_with_nothing_to_confirm_the_holder_is_unconfirmed() =>
        Assert.Equal(Verdict.Unconfirmed, Decide().Verdict);

    [Fact]
    public void A_refused_name_check_leaves_the_holder_unconfirmed() =>
        Assert.Equal(Verdict.Unconfirmed, Decide(name: NameCheck.Refused).Verdict);

    [Fact]
    public void Authentic_claims_still_confirm_the_holder_when_the_name_check_is_refused() =>
        Assert.Equal(Verdict.Genuine, Decide(name: NameCheck.Refused, claims: ClaimsVerdict.Authentic).Verdict);

    [Fact]
    public void A_wrong_name_is_a_name_mismatch_however_sound_the_record() =>
        Assert.Equal(Verdict.NameMismatch, Decide(name: NameCheck.Differs).Verdict);

    [Fact]
    public void A_wrong_name_beats_authentic_claims() =>
        Assert.Equal(Verdict.NameMismatch, Decide(name: NameCheck.Differs, claims: ClaimsVerdict.Authentic).Verdict);

    [Fact]
    public void A_failed_rule_check_makes_the_record_inconsistent_even_with_the_right_name() =>
        Assert.Equal(Verdict.Inconsistent, Decide(name: NameCheck.Matches, failing: CheckKind.Scope).Verdict);

    [Fact]
    public void A_wrong_name_is_told_before_a_failed_rule_check() =>
        Assert.Equal(Verdict.NameMismatch, Decide(name: NameCheck.Differs, failing: CheckKind.Year).Verdict);

    [Fact]
    public void A_revoked_certificate_is_revoked_even_with_the_right_name_and_authentic_claims() =>
        Assert.Equal(Verdict.Revoked, Decide(CertificateStatus.Revoked, NameCheck.Matches, ClaimsVerdict.Authentic).Verdict);

    [Fact]
    public void A_revocation_is_told_before_a_wrong_name() =>
        Assert.Equal(Verdict.Revoked, Decide(CertificateStatus.Revoked, NameCheck.Differs).Verdict);

    [Theory]
    [InlineData(ClaimsVerdict.Tampered)]
    [InlineData(ClaimsVerdict.Mismatch)]
    [InlineData(ClaimsVerdict.UnknownKey)]
    [InlineData(ClaimsVerdict.RetiredKey)]
    [InlineData(ClaimsVerdict.RevokedKey)]
    [InlineData(ClaimsVerdict.Unreadable)]
    public void Claims_that_cannot_be_trusted_make_the_answer_tampered(ClaimsVerdict claims) =>
        Assert.Equal(Verdict.Tampered, Decide(name: NameCheck.Matches, claims: claims).Verdict);

    [Fact]
    public void Bad_claims_are_told_before_a_revocation_so_a_forgery_never_borrows_a_real_record() =>
        Assert.Equal(Verdict.Tampered, Decide(CertificateStatus.Revoked, claims: ClaimsVerdict.Tampered).Verdict);

    [Fact]
    public void The_holder_shows_only_when_a_name_or_authentic_claims_confirmed_them()
    {
        Assert.True(Decide(name: NameCheck.Matches).HolderConfirmed);
        Assert.True(Decide(claims: ClaimsVerdict.Authentic).HolderConfirmed);
        Assert.False(Decide().HolderConfirmed);
        Assert.False(Decide(name: NameCheck.Refused).HolderConfirmed);
        Assert.False(Decide(name: NameCheck.Differs, claims: ClaimsVerdict.Mismatch).HolderConfirmed);
    }

    [Fact]
    public void Every_verdict_has_its_own_headline_icon_and_slug()
    {
        var verdicts = Enum.GetValues<Verdict>();
        Assert.Equal(verdicts.Length, verdicts.Select(VerdictWording.Headline).Distinct().Count());
        Assert.Equal(verdicts.Length, verdicts.Select(VerdictWording.Icon).Distinct().Count());
        Assert.Equal(verdicts.Length, verdicts.Select(VerdictSlugs.Of).Distinct().Count());
    }

    [Fact]
    public void The_verdicts_are_listed_in_their_order_of_precedence() =>
        Assert.Equal(["malformed", "not-found", "tampered", "revoked", "name-mismatch", "inconsistent", "unconfirmed", "genuine"], VerdictSlugs.All);

    [Fact]
    public void An_unconfirmed_answer_says_what_to_type_to_confirm_it() =>
        Assert.Contains(VerdictWording.NextSteps(Decide(), "测试中心"), s => s.Contains("持证人姓名", StringComparison.Ordinal));

    [Fact]
    public void An_inconsistent_answer_names_the_first_failed_check() =>
        Assert.Contains("Scope 说明", VerdictWording.Summary(Decide(failing: CheckKind.Scope), "N"), StringComparison.Ordinal);
}
