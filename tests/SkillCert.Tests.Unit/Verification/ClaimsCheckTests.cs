using SkillCert.Core.Signing;
using SkillCert.Core.Verification;

namespace SkillCert.Tests.Unit.Verification;

public sealed class ClaimsCheckTests : IDisposable
{
    private static readonly DateOnly Issued = new(2022, 5, 10);
    private readonly SigningKey _key = SigningKey.Create();

    private static CertificateRecord Record(CertificateStatus status = CertificateStatus.Valid) =>
        new("Y000014000001223000001", "000001", "6-18-01-01", "车工", "数控车工", 3, Issued, status,
            status == CertificateStatus.Revoked ? new DateOnly(2023, 1, 1) : null,
            status == CertificateStatus.Revoked ? "以欺骗手段取得" : null,
            "张三明", "张*明", "居民身份证", "140902********1234");

    private static readonly QrClaims Claims = new("Y000014000001223000001", "张三明", 3, Issued);

    private PublishedKey Published(DateOnly? retired = null) =>
        PublishedKey.FromSpki(_key.SubjectPublicKeyInfo, new DateOnly(2020, 1, 1), retired);

    private ClaimsVerdict VerdictOf(QrClaims claims, CertificateRecord? record = null, PublishedKey? key = null) =>
        ClaimsCheck.Check(_key.Sign(claims), record ?? Record(), [key ?? Published()]).Verdict;

    [Fact]
    public void Claims_signed_by_a_published_key_and_equal_to_the_record_are_authentic() =>
        Assert.Equal(ClaimsVerdict.Authentic, VerdictOf(Claims));

    [Fact]
    public void A_signed_name_with_stray_spaces_still_matches_after_normalisation() =>
        Assert.Equal(ClaimsVerdict.Authentic, VerdictOf(Claims with { Name = " 张三明 " }));

    [Fact]
    public void Claims_judge_the_link_not_the_record_so_a_revoked_certificate_still_has_authentic_claims() =>
        Assert.Equal(ClaimsVerdict.Authentic, VerdictOf(Claims, Record(CertificateStatus.Revoked)));

    [Theory]
    [InlineData("张三名", 3, "name")]
    [InlineData("张三明", 2, "level")]
    public void Signed_claims_that_differ_from_the_record_are_a_mismatch_naming_the_field(string name, int level, string field)
    {
        var result = ClaimsCheck.Check(_key.Sign(Claims with { Name = name, Level = level }), Record(), [Published()]);
        Assert.Equal(ClaimsVerdict.Mismatch, result.Verdict);
        Assert.Equal([field], result.DifferingFields);
    }

    [Fact]
    public void A_signed_issue_date_other_than_the_record_is_a_mismatch() =>
        Assert.Equal(ClaimsVerdict.Mismatch, VerdictOf(Claims with { IssuedOn = Issued.AddDays(1) }));

    [Fact]
    public void Claims_changed_after_signing_are_tampered()
    {
        var signed = _key.Sign(Claims);
        var changed = signed with { Claims = Claims with { Name = "李四" } };
        Assert.Equal(ClaimsVerdict.Tampered, ClaimsCheck.Check(changed, Record(), [Published()]).Verdict);
    }

    [Fact]
    public void Claims_signed_by_an_unpublished_key_have_an_unknown_key()
    {
        using var stranger = SigningKey.Create();
        Assert.Equal(ClaimsVerdict.UnknownKey, ClaimsCheck.Check(stranger.Sign(Claims), Record(), [Published()]).Verdict);
    }

    [Fact]
    public void Claims_signed_by_a_key_retired_before_the_issue_date_have_a_retired_key() =>
        Assert.Equal(ClaimsVerdict.RetiredKey, VerdictOf(Claims, key: Published(retired: Issued.AddDays(-1))));

    [Fact]
    public void Claims_signed_by_a_revoked_key_have_a_revoked_key_and_do_not_show_the_holder()
    {
        var result = ClaimsCheck.Check(_key.Sign(Claims), Record(), [Published() with { Retired = Issued.AddDays(1), Revoked = Issued.AddDays(2) }]);
        Assert.Equal(ClaimsVerdict.RevokedKey, result.Verdict);
        Assert.False(result.IsAuthentic);
    }

    [Theory]
    [InlineData(ClaimsVerdict.Authentic, true)]
    [InlineData(ClaimsVerdict.Mismatch, false)]
    [InlineData(ClaimsVerdict.UnknownKey, false)]
    [InlineData(ClaimsVerdict.RetiredKey, false)]
    [InlineData(ClaimsVerdict.RevokedKey, false)]
    [InlineData(ClaimsVerdict.Tampered, false)]
    [InlineData(ClaimsVerdict.Unreadable, false)]
    public void Only_authentic_claims_vouch_for_the_holder(ClaimsVerdict verdict, bool vouches) =>
        Assert.Equal(vouches, new ClaimsCheckResult(verdict, [], "", "").IsAuthentic);

    public void Dispose() => _key.Dispose();
}
