using SkillCert.Core.Signing;
using SkillCert.Core.Verification;

namespace SkillCert.Tests.Unit.Verification;

/// Signed QR claims are authentic only when a published key signed them and they are what the record says.
public class ClaimCheckTests
{
    private static readonly CertificateRecord Record = new("Y000014000001223000001", "000001", "6-18-01-01", "车工", "数控车工", 3,
        new DateOnly(2022, 5, 10), CertificateStatus.Valid, null, null, "张三明", "张*明", "居民身份证", "140902********1234");

    private static readonly QrClaims Claims = new(Record.Number, Record.HolderName, Record.Level, Record.IssuedOn);

    private static PublishedKey Published(SigningKey key, DateOnly? retired = null) =>
        PublishedKey.FromSpki(key.SubjectPublicKeyInfo, new DateOnly(2020, 1, 1), retired);

    [Fact]
    public void Claims_signed_by_a_published_key_that_match_the_record_are_authentic()
    {
        using var key = SigningKey.Create();
        Assert.Equal(ClaimStanding.Authentic, ClaimCheck.Check(key.Sign(Claims), Record, [Published(key)]));
    }

    [Fact]
    public void A_name_typed_in_full_width_or_with_spaces_still_matches_after_normalisation()
    {
        using var key = SigningKey.Create();
        Assert.Equal(ClaimStanding.Authentic, ClaimCheck.Check(key.Sign(Claims with { Name = " 张三明 " }), Record, [Published(key)]));
    }

    [Theory]
    [InlineData("张三民", 3, "2022-05-10")]
    [InlineData("张三明", 4, "2022-05-10")]
    [InlineData("张三明", 3, "2022-05-11")]
    public void Soundly_signed_claims_that_differ_from_the_record_do_not_match(string name, int level, string date)
    {
        using var key = SigningKey.Create();
        var other = new QrClaims(Record.Number, name, level, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ClaimStanding.Mismatch, ClaimCheck.Check(key.Sign(other), Record, [Published(key)]));
    }

    [Fact]
    public void A_changed_claim_under_the_old_signature_is_a_bad_signature()
    {
        using var key = SigningKey.Create();
        var signed = key.Sign(Claims);
        Assert.Equal(ClaimStanding.BadSignature, ClaimCheck.Check(signed with { Claims = Claims with { Level = 2 } }, Record with { Level = 2 }, [Published(key)]));
    }

    [Fact]
    public void Claims_signed_by_an_unpublished_key_are_unknown()
    {
        using var key = SigningKey.Create();
        using var published = SigningKey.Create();
        Assert.Equal(ClaimStanding.UnknownKey, ClaimCheck.Check(key.Sign(Claims), Record, [Published(published)]));
    }

    [Fact]
    public void Claims_signed_by_a_key_retired_before_the_issue_date_are_refused()
    {
        using var key = SigningKey.Create();
        Assert.Equal(ClaimStanding.RetiredKey, ClaimCheck.Check(key.Sign(Claims), Record, [Published(key, new DateOnly(2022, 1, 1))]));
    }
}
