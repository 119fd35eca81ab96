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
            Assert.Equal(ClaimsEncoding.Current, parsed.Version);
        }, iter: PropertyRuns.Codes);

    [Fact]
    public void The_readable_link_reads_back_as_the_claims_that_were_signed() =>
        Claims.Sample(claims =>
        {
            var signed = Key.Sign(claims);
            var parsed = QrLink.TryParse(QrLink.BuildReadable(VerifyUrl, signed))!;
            Assert.Equal(claims, parsed.Claims);
            Assert.Equal(signed.Signature, parsed.Signature);
            Assert.Equal(ClaimsEncoding.Current, parsed.Version);
        }, iter: PropertyRuns.Codes);

    private static readonly SignedClaims Signed = Key.Sign(new QrClaims("Y000014000001193000001", "张三丰", 3, new DateOnly(2019, 3, 1)));

    [Fact]
    public void The_compact_link_marks_its_version_right_after_the_number() =>
        Assert.StartsWith("HTTPS://VERIFY.XINZHOU.EXAMPLE/C/Y000014000001193000001/V1/3/20190301/", QrLink.Build(VerifyUrl, Signed), StringComparison.Ordinal);

    [Fact]
    public void The_readable_link_marks_its_version_first_in_the_query() =>
        Assert.StartsWith("https://verify.xinzhou.example/c/Y000014000001193000001?v=1&n=", QrLink.BuildReadable(VerifyUrl, Signed), StringComparison.Ordinal);

    [Theory]
    [InlineData(true, "/V1/", "/V2/")]
    [InlineData(true, "/V1/", "/V0/")]
    [InlineData(true, "/V1/", "/1/")]
    [InlineData(true, "/V1/3/", "/V1/03/")]
    [InlineData(false, "?v=1&", "?v=2&")]
    [InlineData(false, "?v=1&", "?v=0&")]
    [InlineData(false, "?v=1&", "?v=01&")]
    [InlineData(false, "&l=3&", "&l=03&")]
    public void A_link_with_an_unknown_version_or_a_number_no_encoder_writes_is_unreadable(bool compact, string from, string to)
    {
        var link = compact ? QrLink.Build(VerifyUrl, Signed) : QrLink.BuildReadable(VerifyUrl, Signed);
        Assert.NotNull(QrLink.TryParse(link));
        Assert.Null(QrLink.TryParse(link.Replace(from, to, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_base32_signature_with_a_set_trailing_bit_is_unreadable()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var link = QrLink.Build(VerifyUrl, Signed);
        // 64 bytes fill 103 characters with 3 bits to spare; any of them set gives the same bytes, so it must not read.
        var last = alphabet.IndexOf(link[^1], StringComparison.Ordinal);
        for (var bit = 0; bit < 3; bit++) Assert.Null(QrLink.TryParse(link[..^1] + alphabet[last ^ (1 << bit)]));
    }

    [Fact]
    public void A_base64url_signature_with_a_set_trailing_bit_or_padding_is_unreadable()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var link = QrLink.BuildReadable(VerifyUrl, Signed);
        // 64 bytes fill 86 characters with 4 bits to spare.
        var last = alphabet.IndexOf(link[^1], StringComparison.Ordinal);
        for (var bit = 0; bit < 4; bit++) Assert.Null(QrLink.TryParse(link[..^1] + alphabet[last ^ (1 << bit)]));
        Assert.Null(QrLink.TryParse(link + "=="));
    }

    [Fact]
    public void A_compact_link_with_a_base32_signature_of_a_length_no_encoder_writes_is_unreadable()
    {
        // 103 characters now; 105, 107 and 110 are lengths (1, 3 and 6 past a multiple of 8) that no byte string encodes to.
        var link = QrLink.Build(VerifyUrl, Signed);
        foreach (var extra in new[] { "AA", "AAAA", "AAAAAAA" }) Assert.Null(QrLink.TryParse(link + extra));
    }

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
