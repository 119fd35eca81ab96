using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Signing;

/// Links exactly as certificates were printed before link versions existed (made by the code of that time, with a
/// throw-away key whose public half is below): they read as version 0 and keep verifying, a high s included.
public class LegacyLinkTests
{
    private const string PublicKey =
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEa7N8giMH1ZX+OTuWfAX4Dmnp+CXwxJAt1tNjwRtJ50UTYD9/LnZtWF7PRg0UIHIzw2Lp+DWA9kOl0pXN+1OJzQ==";

    /// The compact link with a high s, as about half of the printed QR codes carry.
    private const string HighS =
        "HTTPS://VERIFY.XINZHOU.EXAMPLE/C/Y000014000001213000001/3/20211208/9B38FCCAE1F001D8/%E7%9F%B3%E6%B5%B7/R5LBFPWUNOQMKH2DQYFS3RUCV74UPPFEQDWC2KZUDVP3DPCBQD245RNBQHSBXHSXPDAG3FCRNMG37WONVZXISKTSFRIIIIYHY3XG2OQ";

    private const string HighSReadable =
        "https://verify.xinzhou.example/c/Y000014000001213000001?n=%E7%9F%B3%E6%B5%B7&l=3&d=2021-12-08&k=9b38fccae1f001d8&s=j1YSvtRroMUfQ4YLLcaCr_lHvKSA7C0rNB1fsbxBgPXOxaGB5BueV3jAbZRRaw2_2c2ubokqcixQhCMHxu5tOg";

    private const string LowS =
        "HTTPS://VERIFY.XINZHOU.EXAMPLE/C/Y000014000001213000001/3/20211208/9B38FCCAE1F001D8/%E7%9F%B3%E6%B5%B7/62NVMT6SDOWB4CB67WZQBDBUIWCORWDMQF3S3322FSCFIIIZLM4SLUV7FFCIASVO2IJXKRGPTAI3GQPDXKG6OQRH7MU646UDUFTFOZI";

    private static readonly ClaimVerifier Verifier = new([PublishedKey.FromSpki(Convert.FromBase64String(PublicKey), new DateOnly(2021, 1, 1))]);

    [Theory]
    [InlineData(HighS)]
    [InlineData(HighSReadable)]
    [InlineData(LowS)]
    public void A_printed_link_reads_as_version_0_with_its_claims(string link)
    {
        var signed = QrLink.TryParse(link)!;
        Assert.Equal(ClaimsEncoding.Legacy, signed.Version);
        Assert.Equal(new QrClaims("Y000014000001213000001", "石海", 3, new DateOnly(2021, 12, 8)), signed.Claims);
        Assert.Equal("9b38fccae1f001d8", signed.KeyId);
    }

    [Theory]
    [InlineData(HighS)]
    [InlineData(HighSReadable)]
    [InlineData(LowS)]
    public void A_printed_link_keeps_verifying(string link) => Assert.Equal(SignatureVerdict.Valid, Verifier.Verify(QrLink.TryParse(link)!));

    [Fact]
    public void The_high_s_link_does_carry_a_high_s() => Assert.False(P256Signature.HasLowS(QrLink.TryParse(HighS)!.Signature));

    [Fact]
    public void A_printed_link_given_a_version_1_marker_no_longer_verifies()
    {
        var marked = LowS.Replace("/3/20211208/", "/V1/3/20211208/", StringComparison.Ordinal);
        var signed = QrLink.TryParse(marked)!;
        Assert.Equal(ClaimsEncoding.Current, signed.Version);
        Assert.Equal(SignatureVerdict.BadSignature, Verifier.Verify(signed));
    }

    [Fact]
    public void A_printed_link_is_built_again_exactly_as_it_was_printed() => Assert.Equal(HighS, QrLink.Build(new Uri("https://verify.xinzhou.example/"), QrLink.TryParse(HighS)!));
}
