using System.Security.Cryptography;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Signing;

public class ClaimVerifierTests
{
    private static readonly QrClaims Claims = new("Y000014000001243000007", "张三丰", 3, new DateOnly(2024, 5, 10));

    private static PublishedKey Published(SigningKey key, DateOnly? retired = null) =>
        PublishedKey.FromSpki(key.SubjectPublicKeyInfo, new DateOnly(2020, 1, 1), retired);

    [Fact]
    public void A_signature_by_a_published_key_is_valid()
    {
        using var key = SigningKey.Create();
        Assert.Equal(SignatureVerdict.Valid, new ClaimVerifier([Published(key)]).Verify(key.Sign(Claims)));
    }

    [Theory]
    [InlineData("张三风", 3, "2024-05-10")]
    [InlineData("张三丰", 2, "2024-05-10")]
    [InlineData("张三丰", 3, "2024-05-11")]
    public void Changing_any_claim_breaks_the_signature(string name, int level, string date)
    {
        using var key = SigningKey.Create();
        var signed = key.Sign(Claims);
        var changed = signed with { Claims = Claims with { Name = name, Level = level, IssuedOn = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) } };
        Assert.Equal(SignatureVerdict.BadSignature, new ClaimVerifier([Published(key)]).Verify(changed));
    }

    [Fact]
    public void Changing_one_byte_of_the_signature_breaks_it()
    {
        using var key = SigningKey.Create();
        var signed = key.Sign(Claims);
        var sig = (byte[])signed.Signature.Clone();
        sig[10] ^= 1;
        Assert.Equal(SignatureVerdict.BadSignature, new ClaimVerifier([Published(key)]).Verify(signed with { Signature = sig }));
    }

    [Fact]
    public void A_key_that_is_not_published_is_unknown()
    {
        using var key = SigningKey.Create();
        using var other = SigningKey.Create();
        Assert.Equal(SignatureVerdict.UnknownKey, new ClaimVerifier([Published(other)]).Verify(key.Sign(Claims)));
    }

    [Fact]
    public void A_retired_key_still_vouches_for_certificates_issued_before_it_retired()
    {
        using var key = SigningKey.Create();
        Assert.Equal(SignatureVerdict.Valid, new ClaimVerifier([Published(key, new DateOnly(2025, 1, 1))]).Verify(key.Sign(Claims)));
    }

    [Fact]
    public void A_retired_key_does_not_vouch_for_later_certificates()
    {
        using var key = SigningKey.Create();
        Assert.Equal(SignatureVerdict.RetiredKey, new ClaimVerifier([Published(key, new DateOnly(2024, 1, 1))]).Verify(key.Sign(Claims)));
    }

    [Fact]
    public void A_revoked_key_vouches_for_nothing_not_even_what_it_signed_before_it_was_revoked()
    {
        using var key = SigningKey.Create();
        var revoked = Published(key, new DateOnly(2025, 1, 1)) with { Revoked = new DateOnly(2025, 1, 1) };
        Assert.Equal(SignatureVerdict.RevokedKey, new ClaimVerifier([revoked]).Verify(key.Sign(Claims)));
    }

    [Fact]
    public void A_signature_with_a_high_s_is_refused_in_a_version_1_link()
    {
        using var key = SigningKey.Create();
        var signed = key.Sign(Claims);
        var high = signed with { Signature = P256Signature.Mirror(signed.Signature) };
        Assert.Equal(SignatureVerdict.Valid, new ClaimVerifier([Published(key)]).Verify(signed));
        Assert.Equal(SignatureVerdict.BadSignature, new ClaimVerifier([Published(key)]).Verify(high));
    }

    [Fact]
    public void A_signature_with_a_high_s_is_accepted_in_a_version_0_link_as_printed_before_versions()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = PublishedKey.FromSpki(ecdsa.ExportSubjectPublicKeyInfo(), new DateOnly(2020, 1, 1));
        var raw = ecdsa.SignData(ClaimsEncoding.SignedBytes(Claims, ClaimsEncoding.Legacy), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var low = P256Signature.WithLowS(raw);
        var verifier = new ClaimVerifier([key]);
        Assert.Equal(SignatureVerdict.Valid, verifier.Verify(new SignedClaims(Claims, key.KeyId, low, ClaimsEncoding.Legacy)));
        Assert.Equal(SignatureVerdict.Valid, verifier.Verify(new SignedClaims(Claims, key.KeyId, P256Signature.Mirror(low), ClaimsEncoding.Legacy)));
    }

    [Theory]
    [InlineData(ClaimsEncoding.Legacy)]
    [InlineData(2)]
    public void A_signature_read_under_another_version_than_it_was_made_in_does_not_verify(int version)
    {
        using var key = SigningKey.Create();
        var signed = key.Sign(Claims);
        Assert.Equal(SignatureVerdict.BadSignature, new ClaimVerifier([Published(key)]).Verify(signed with { Version = version }));
    }

    [Fact]
    public void A_private_key_survives_a_PEM_round_trip_with_the_same_id()
    {
        using var key = SigningKey.Create();
        using var again = SigningKey.FromPem(key.ExportPrivateKeyPem());
        Assert.Equal(key.KeyId, again.KeyId);
        Assert.Equal(16, key.KeyId.Length);
    }

    [Fact]
    public void The_JWK_carries_the_key_id_and_both_coordinates()
    {
        using var key = SigningKey.Create();
        var jwk = Published(key).ToJwk();
        Assert.Equal((key.KeyId, "EC", "P-256", 43, 43), (jwk.Kid, jwk.Kty, jwk.Crv, jwk.X.Length, jwk.Y.Length));
    }

    [Fact]
    public void A_key_read_back_from_its_JWK_verifies_what_the_private_key_signed()
    {
        using var key = SigningKey.Create();
        var published = Published(key);
        var again = PublishedKey.FromJwk(published.ToJwk(), published.ValidFrom, null)!;
        Assert.Equal(published.KeyId, again.KeyId);
        Assert.True(again.Verifies(key.Sign(Claims)));
    }

    [Fact]
    public void A_JWK_that_is_not_a_P256_key_is_refused() =>
        Assert.Null(PublishedKey.FromJwk(new JsonWebKey("RSA", "P-256", "AA", "AA", "x", "RS256", "sig"), new DateOnly(2020, 1, 1), null));
}
