using System.Text.Json;
using SkillCert.Core.Signing;
using SkillCert.Generator;
using SkillCert.Tests.Integration.Certificates;

namespace SkillCert.Tests.Integration.Cli;

/// `skillcert verify-qr`: offline, it says signed (exit 0) or tampered (exit 1) and why, Chinese first, never genuine.
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public sealed class VerifyQrCommandTests : IDisposable
{
    private static readonly Uri VerifyUrl = new("https://verify.xinzhou.example/");
    private static readonly QrClaims Claims = new("Y000014000001213000001", "石海", 3, new DateOnly(2021, 12, 8));
    private static readonly DateOnly Published = new(2020, 1, 1);
    private readonly string _dir = Directory.CreateTempSubdirectory("skillcert-verify-qr-").FullName;
    private readonly SigningKey _key = SigningKey.Create();

    private string KeysFile(params PublishedKey[] keys)
    {
        var path = Path.Combine(_dir, "keys.json");
        File.WriteAllText(path, JsonSerializer.Serialize(KeySetDocument.From(keys), CliJson.Context.KeySetDocument));
        return path;
    }

    private string KeysFile(DateOnly? retired = null, DateOnly? revoked = null) =>
        KeysFile(PublishedKey.FromSpki(_key.SubjectPublicKeyInfo, Published, retired, revoked));

    private static async Task<string[]> AssertSays(string link, string keys, int exit, string headline, string reason)
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("verify-qr", link, "--keys", keys);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(exit, code);
        Assert.Equal(headline, lines[0]);
        Assert.StartsWith(reason, lines[1], StringComparison.Ordinal);
        return lines;
    }

    private static Task<string[]> AssertTampered(string link, string keys, string reason) =>
        AssertSays(link, keys, 1, "签名无效，二维码不可信", reason);

    [Fact]
    public async Task A_genuine_link_is_signed_but_not_called_genuine_and_names_its_claims()
    {
        var lines = await AssertSays(QrLink.Build(VerifyUrl, _key.Sign(Claims)), KeysFile(), 0, "签名有效，记录未联网核对", "二维码中的");
        Assert.Contains("证书编号 Y000014000001213000001", lines[2], StringComparison.Ordinal);
        Assert.Contains("石海", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("genuine", string.Join('\n', lines), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_link_with_one_changed_level_is_tampered_with_a_bad_signature()
    {
        var link = QrLink.Build(VerifyUrl, _key.Sign(Claims)).Replace("/3/20211208/", "/2/20211208/", StringComparison.Ordinal);
        await AssertTampered(link, KeysFile(), "签名不符");
    }

    [Fact]
    public async Task A_link_signed_by_an_unpublished_key_is_tampered_with_an_unknown_key()
    {
        using var stranger = SigningKey.Create();
        await AssertTampered(QrLink.Build(VerifyUrl, stranger.Sign(Claims)), KeysFile(), "未知密钥");
    }

    [Fact]
    public async Task A_link_signed_by_a_revoked_key_is_tampered_although_it_is_dated_before_the_key_retired()
    {
        var keys = KeysFile(retired: new DateOnly(2025, 1, 1), revoked: new DateOnly(2025, 3, 1));
        await AssertTampered(QrLink.Build(VerifyUrl, _key.Sign(Claims)), keys, "密钥已撤销");
    }

    [Fact]
    public async Task A_link_signed_by_a_retired_key_after_it_retired_is_tampered_with_a_retired_key() =>
        await AssertTampered(QrLink.Build(VerifyUrl, _key.Sign(Claims)), KeysFile(retired: Claims.IssuedOn), "密钥已停用");

    [Fact]
    public async Task A_version_1_link_with_a_high_s_is_tampered_with_a_bad_signature()
    {
        var signed = _key.Sign(Claims);
        await AssertTampered(QrLink.Build(VerifyUrl, signed with { Signature = P256Signature.Mirror(signed.Signature) }), KeysFile(), "签名不符");
    }

    [Fact]
    public async Task A_version_0_link_with_a_high_s_as_printed_before_versions_is_signed()
    {
        var link = QrLink.Build(VerifyUrl, LegacySignature.HighS(_key.ExportPrivateKeyPem(), Claims));
        Assert.DoesNotContain("/V1/", link, StringComparison.Ordinal);
        await AssertSays(link, KeysFile(), 0, "签名有效，记录未联网核对", "二维码中的");
    }

    [Fact]
    public async Task A_link_whose_base32_signature_has_a_set_trailing_bit_is_tampered_as_unreadable()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var link = QrLink.Build(VerifyUrl, _key.Sign(Claims));
        var changed = link[..^1] + alphabet[alphabet.IndexOf(link[^1], StringComparison.Ordinal) ^ 1];
        await AssertTampered(changed, KeysFile(), "链接无法读取");
    }

    [Fact]
    public async Task Text_that_is_no_certificate_link_is_tampered_as_unreadable() =>
        await AssertTampered("https://example.org/hello", KeysFile(), "链接无法读取");

    [Fact]
    public async Task A_signed_link_reads_in_English_with_lang_en()
    {
        var (code, stdout, _) = await SkillcertProcess.RunAsync("verify-qr", "--lang", "en", QrLink.Build(VerifyUrl, _key.Sign(Claims)), "--keys", KeysFile());
        Assert.Equal(0, code);
        Assert.StartsWith("signed: the signature is good", stdout, StringComparison.Ordinal);
        Assert.Contains("number Y000014000001213000001, name 石海, level 3, issued 2021-12-08", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("签名", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_keys_file_is_a_usage_error_SC9002_in_Chinese()
    {
        var missing = Path.Combine(_dir, "none.json");
        var (code, _, stderr) = await SkillcertProcess.RunAsync("verify-qr", "https://x.example/c/Y", "--keys", missing);
        Assert.Equal(2, code);
        Assert.StartsWith($"{missing}: 错误 SC9002: 读不到公钥文件（", stderr, StringComparison.Ordinal);
        Assert.Contains("请从机构目录网站重新下载 keys.json", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keys_file_without_keys_is_SC9002_in_English_with_lang_en()
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync("verify-qr", "--lang", "en", "https://x.example/c/Y", "--keys", KeysFile([]));
        Assert.Equal(2, code);
        Assert.StartsWith($"{Path.Combine(_dir, "keys.json")}: error SC9002: no keys in the file; download keys.json from the catalogue site again",
            stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _key.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
