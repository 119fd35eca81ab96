using System.Text.RegularExpressions;
using CsCheck;
using SkillCert.Core.Signing;
using SkillCert.Core.Verification;

namespace SkillCert.Tests.Unit.Verification;

public sealed partial class OfflineCheckTests : IDisposable
{
    private static readonly Uri VerifyUrl = new("https://verify.xinzhou.example/");
    private static readonly QrClaims Claims = new("Y000014000001243000007", "张三丰", 3, new DateOnly(2024, 5, 10));
    private readonly SigningKey _key = SigningKey.Create();

    private PublishedKey Published(DateOnly? retired = null, DateOnly? revoked = null) =>
        PublishedKey.FromSpki(_key.SubjectPublicKeyInfo, new DateOnly(2020, 1, 1), retired, revoked);

    private string Link => QrLink.Build(VerifyUrl, _key.Sign(Claims));

    [Fact]
    public void A_link_a_vouching_key_signed_is_signed()
    {
        var check = OfflineCheck.Of(Link, [Published()]);
        Assert.Equal((OfflineVerdict.Signed, OfflineReason.GoodSignature), (check.Verdict, check.Reason));
        Assert.Equal(Claims, check.Signed!.Claims);
    }

    [Fact]
    public void A_link_with_a_changed_level_is_tampered_with_a_bad_signature() =>
        AssertTampered(OfflineCheck.Of(Link.Replace("/3/20240510/", "/4/20240510/", StringComparison.Ordinal), [Published()]), OfflineReason.BadSignature);

    [Fact]
    public void A_link_with_a_high_s_in_version_1_is_tampered_with_a_bad_signature()
    {
        var signed = _key.Sign(Claims);
        var link = QrLink.Build(VerifyUrl, signed with { Signature = P256Signature.Mirror(signed.Signature) });
        AssertTampered(OfflineCheck.Of(link, [Published()]), OfflineReason.BadSignature);
    }

    [Fact]
    public void A_link_signed_by_a_revoked_key_is_tampered_with_a_revoked_key() =>
        AssertTampered(OfflineCheck.Of(Link, [Published(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1))]), OfflineReason.RevokedKey);

    [Fact]
    public void A_link_signed_by_a_key_retired_before_the_issue_date_is_tampered_with_a_retired_key() =>
        AssertTampered(OfflineCheck.Of(Link, [Published(retired: Claims.IssuedOn)]), OfflineReason.RetiredKey);

    [Fact]
    public void A_link_signed_by_an_unpublished_key_is_tampered_with_an_unknown_key()
    {
        using var other = SigningKey.Create();
        AssertTampered(OfflineCheck.Of(Link, [PublishedKey.FromSpki(other.SubjectPublicKeyInfo, new DateOnly(2020, 1, 1))]), OfflineReason.UnknownKey);
    }

    [Theory]
    [InlineData("https://example.org/hello")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_without_readable_claims_is_tampered_with_an_unreadable_link(string? text)
    {
        var check = OfflineCheck.Of(text, [Published()]);
        AssertTampered(check, OfflineReason.UnreadableLink);
        Assert.Null(check.Signed);
    }

    [Fact]
    public void One_changed_character_after_the_host_never_leaves_a_link_signed()
    {
        const string alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        var link = Link;
        var keys = new[] { Published() };
        var path = link.IndexOf("/C/", StringComparison.Ordinal);
        Gen.Select(Gen.Int[path, link.Length - 1], Gen.Char[alphanumeric]).Where((at, c) => link[at] != c).Sample((at, c) =>
        {
            var changed = link[..at] + c + link[(at + 1)..];
            Assert.Equal(OfflineVerdict.Tampered, OfflineCheck.Of(changed, keys).Verdict);
        }, iter: PropertyRuns.Codes);
    }

    [Fact]
    public void Every_verdict_and_reason_has_its_words_under_the_slug_of_its_name()
    {
        foreach (var verdict in Enum.GetValues<OfflineVerdict>()) AssertWords(verdict.ToString(), OfflineWording.Of(verdict));
        foreach (var reason in Enum.GetValues<OfflineReason>()) AssertWords(reason.ToString(), OfflineWording.Of(reason));
        Assert.Equal(["signed", "tampered"], OfflineWording.Verdicts.Select(v => v.Slug));
    }

    [Fact]
    public void The_signed_headline_says_the_record_was_not_checked() =>
        Assert.Equal("签名有效，记录未联网核对", OfflineWording.Of(OfflineVerdict.Signed).Zh);

    private static void AssertTampered(OfflineCheck check, OfflineReason reason) =>
        Assert.Equal((OfflineVerdict.Tampered, reason), (check.Verdict, check.Reason));

    private static void AssertWords(string name, OfflineText text)
    {
        Assert.Equal(Kebab().Replace(name, "-$1").ToLowerInvariant(), text.Slug);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", text.Zh);
        Assert.Matches("^[ -~]+$", text.En);
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Kebab();

    public void Dispose() => _key.Dispose();
}
