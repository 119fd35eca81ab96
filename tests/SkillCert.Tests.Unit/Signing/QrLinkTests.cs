using CsCheck;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Signing;

public class QrLinkTests
{
    private static readonly Uri VerifyUrl = new("https://verify.xinzhou.example/");
    private static readonly SigningKey Key = SigningKey.Create();

    private static readonly Gen<QrClaims> Claims =
        from name in Gen.String[Gen.Char['\u4e00', '\u9fa5'], 1, 6]
        from level in Gen.Int[1, 5]
        from days in Gen.Int[0, 2900]
        from serial in Gen.Int[1, 999_999]
        select new QrClaims($"Y000014000001{19 + days / 366:00}{level}{serial:000000}", name, level, new DateOnly(2019, 1, 1).AddDays(days));

    [Fact]
    public void The_compact_link_reads_back_as_the_claims_that_were_signed() =>
        Claims.Sample(claims =>
        {
            var signed = Key.Sign(claims);
            var parsed = QrLink.TryParse(QrLink.Build(VerifyUrl, signed))!;
            Assert.Equal(claims, parsed.Claims);
            Assert.Equal(signed.KeyId, parsed.KeyId);
            Assert.Equal(signed.Signature, parsed.Signature);
        }, iter: PropertyRuns.Codes);

    [Fact]
    public void The_readable_link_reads_back_as_the_claims_that_were_signed() =>
        Claims.Sample(claims =>
        {
            var signed = Key.Sign(claims);
            var parsed = QrLink.TryParse(QrLink.BuildReadable(VerifyUrl, signed))!;
            Assert.Equal(claims, parsed.Claims);
            Assert.Equal(signed.Signature, parsed.Signature);
        }, iter: PropertyRuns.Codes);

    [Fact]
    public void The_compact_link_uses_only_QR_alphanumeric_characters()
    {
        const string alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        var link = QrLink.Build(VerifyUrl, Key.Sign(new QrClaims("Y000014000001193000001", "张三丰", 3, new DateOnly(2019, 3, 1))));
        Assert.All(link, c => Assert.Contains(c, alphanumeric));
    }

    [Fact]
    public void Parsing_any_string_never_throws() =>
        Gen.String[Gen.Char, 0, 300].Sample(s => _ = QrLink.TryParse(s), iter: PropertyRuns.Many);

    [Fact]
    public void A_link_without_claims_has_none() =>
        Assert.Null(QrLink.TryParse("https://verify.xinzhou.example/c/Y000014000001193000001"));

    [Fact]
    public void A_link_given_as_a_path_and_query_reads_the_same_as_the_full_link()
    {
        var signed = Key.Sign(new QrClaims("Y000014000001193000001", "张三丰", 3, new DateOnly(2019, 3, 1)));
        var full = QrLink.BuildReadable(VerifyUrl, signed);
        Assert.Equal(QrLink.TryParse(full)!.Claims, QrLink.TryParse(new Uri(full).PathAndQuery)!.Claims);
    }
}
