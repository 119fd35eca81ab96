using System.Security.Cryptography;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Signing;

public sealed class P256SignatureTests : IDisposable
{
    private static readonly QrClaims Claims = new("Y000014000001243000007", "张三丰", 3, new DateOnly(2024, 5, 10));
    private readonly ECDsa _ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    private byte[] RawSignature() => _ecdsa.SignData("SkillCert"u8, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    private bool Verifies(byte[] signature) =>
        _ecdsa.VerifyData("SkillCert"u8, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    [Fact]
    public void Every_signature_the_signing_key_makes_has_a_low_s()
    {
        using var key = SigningKey.Create();
        // ECDSA draws s at random, so about half of 200 raw signatures would be high; none of these may be.
        for (var i = 0; i < 200; i++) Assert.True(P256Signature.HasLowS(key.Sign(Claims).Signature));
    }

    [Fact]
    public void The_mirrored_signature_verifies_too_and_exactly_one_of_the_two_is_low()
    {
        for (var i = 0; i < 50; i++)
        {
            var signature = RawSignature();
            var mirrored = P256Signature.Mirror(signature);
            Assert.True(Verifies(mirrored));
            Assert.Equal(signature[..32], mirrored[..32]);
            Assert.NotEqual(P256Signature.HasLowS(signature), P256Signature.HasLowS(mirrored));
            Assert.Equal(signature, P256Signature.Mirror(mirrored));
        }
    }

    [Fact]
    public void Making_s_low_keeps_a_low_signature_and_mirrors_a_high_one()
    {
        for (var i = 0; i < 50; i++)
        {
            var signature = RawSignature();
            var low = P256Signature.WithLowS(signature);
            Assert.True(P256Signature.HasLowS(low));
            Assert.True(Verifies(low));
            Assert.Equal(P256Signature.HasLowS(signature) ? signature : P256Signature.Mirror(signature), low);
        }
    }

    [Theory]
    [InlineData("7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8", true)]
    [InlineData("7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a9", false)]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000001", true)]
    [InlineData("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550", false)]
    public void S_is_low_up_to_half_the_group_order_and_high_above_it(string s, bool low) =>
        Assert.Equal(low, P256Signature.HasLowS([.. new byte[32], .. Convert.FromHexString(s)]));

    [Fact]
    public void A_signature_of_another_length_is_never_low() => Assert.False(P256Signature.HasLowS(new byte[63]));

    public void Dispose() => _ecdsa.Dispose();
}
