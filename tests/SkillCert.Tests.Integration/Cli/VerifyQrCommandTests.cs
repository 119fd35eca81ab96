using System.Text.Json;
using SkillCert.Core.Signing;
using SkillCert.Generator;

namespace SkillCert.Tests.Integration.Cli;

public sealed class VerifyQrCommandTests : IDisposable
{
    private static readonly Uri VerifyUrl = new("https://verify.xinzhou.example/");
    private static readonly QrClaims Claims = new("Y000014000001213000001", "石海", 3, new DateOnly(2021, 12, 8));
    private readonly string _dir = Directory.CreateTempSubdirectory("skillcert-verify-qr-").FullName;
    private readonly SigningKey _key = SigningKey.Create();

    private string KeysFile(params SigningKey[] keys)
    {
        var path = Path.Combine(_dir, "keys.json");
        var document = KeySetDocument.From(keys.Select(k => PublishedKey.FromSpki(k.SubjectPublicKeyInfo, new DateOnly(2020, 1, 1))));
        File.WriteAllText(path, JsonSerializer.Serialize(document, CliJson.Options));
        return path;
    }

    [Fact]
    public async Task A_genuine_link_is_authentic()
    {
        var link = QrLink.Build(VerifyUrl, _key.Sign(Claims));
        var (code, stdout, _) = await SkillcertProcess.RunAsync("verify-qr", link, "--keys", KeysFile(_key));
        Assert.Equal(0, code);
        Assert.StartsWith("authentic:", stdout, StringComparison.Ordinal);
        Assert.Contains("石海", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_with_one_changed_level_is_tampered()
    {
        var link = QrLink.Build(VerifyUrl, _key.Sign(Claims)).Replace("/3/20211208/", "/2/20211208/", StringComparison.Ordinal);
        var (code, stdout, _) = await SkillcertProcess.RunAsync("verify-qr", link, "--keys", KeysFile(_key));
        Assert.Equal(1, code);
        Assert.StartsWith("tampered:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_signed_by_an_unpublished_key_is_unknown()
    {
        using var stranger = SigningKey.Create();
        var link = QrLink.Build(VerifyUrl, stranger.Sign(Claims));
        var (code, stdout, _) = await SkillcertProcess.RunAsync("verify-qr", link, "--keys", KeysFile(_key));
        Assert.Equal(1, code);
        Assert.StartsWith("unknown key:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_keys_file_is_a_usage_error()
    {
        var (code, _, stderr) = await SkillcertProcess.RunAsync("verify-qr", "https://x.example/c/Y", "--keys", Path.Combine(_dir, "none.json"));
        Assert.Equal(2, code);
        Assert.Contains("cannot read the keys", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _key.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
