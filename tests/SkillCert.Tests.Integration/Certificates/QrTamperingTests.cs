using System.Text.Json;
using SkillCert.Core.Signing;
using SkillCert.Generator;
using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;
using SkillCert.Tests.Integration.Build;
using SkillCert.Tests.Integration.Cli;
using SkillCert.Tests.Integration.Export;

namespace SkillCert.Tests.Integration.Certificates;

/// A printed certificate's link checked offline, by `skillcert verify-qr` against the keys.json the site build publishes:
/// the untouched link is signed, and one changed character anywhere, or a key that does not vouch, is tampered.
[Trait(SkillcertLaunch.Trait, SkillcertLaunch.Skillcert)]
public sealed class QrTamperingTests : IDisposable
{
    private readonly CertificateScenario _s = new();
    private readonly string _link;
    private readonly string _keysJson;
    private readonly string _oldKey;
    private readonly string _current;

    public QrTamperingTests()
    {
        _s.Export.Roster("000001", "2024-3", _s.Export.Line(name: "张三明", trade: "数控车工", level: "4", issued: "2024-09-18"));
        // Two keys: the first is retired on the export date, the second signs the printed certificates.
        _oldKey = _s.SigningKey;
        _current = _s.Export.NewSigningKey("current.pem");
        Assert.Equal(0, _s.Exported(_oldKey, _current).Render(signingKey: _current).ExitCode);
        _link = QrReading.FromSvg(_s.Page(Assert.Single(_s.Numbers())).QuerySelector(".qr-code svg")!.OuterHtml);
        _keysJson = BuildSite();
    }

    /// Builds the site over the export as it now stands; returns the path of its keys.json.
    private string BuildSite()
    {
        var site = Path.Combine(_s.Export.Root, "site");
        var bag = new DiagnosticBag();
        var build = BuildPipeline.Run(new BuildOptions(_s.Export.Content, RepositoryPaths.SiteTemplates, site, CertificateScenario.AsOf, _s.Export.Out),
            bag, SilentProgress.Instance);
        Assert.True(build.Succeeded, string.Join("\n", bag.Sorted()));
        return Path.Combine(site, "keys.json");
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> VerifyQr(string link) => SkillcertProcess.RunAsync("verify-qr", link, "--keys", _keysJson);

    /// The verdict both offline checks give: ClaimVerifier in this process, and verify-qr with its exit code and reason line.
    private async Task AssertRefused(string link, SignatureVerdict verdict, string reason)
    {
        Assert.Equal(verdict, new ClaimVerifier(_s.Keys()).Verify(QrLink.TryParse(link)!));
        var (code, stdout, _) = await VerifyQr(link);
        Assert.Equal(1, code);
        var lines = stdout.Split('\n');
        Assert.Equal("签名无效，二维码不可信", lines[0]);
        Assert.StartsWith(reason, lines[1], StringComparison.Ordinal);
    }

    private static string Segment(string link, int fromEnd, Func<string, string> change)
    {
        var parts = link.Split('/');
        parts[^fromEnd] = change(parts[^fromEnd]);
        return string.Join('/', parts);
    }

    [Fact]
    public void The_built_keys_json_is_cores_key_set_document_with_every_key_of_the_export()
    {
        var document = JsonSerializer.Deserialize(File.ReadAllText(_keysJson), CliJson.Context.KeySetDocument)!;
        var published = document.ToPublishedKeys();
        Assert.Equal(_s.Keys().Select(k => (k.KeyId, k.Retired)).Order(), published.Select(k => (k.KeyId, k.Retired)).Order());
        Assert.All(published, k => Assert.Equal(_s.Keys().Single(e => e.KeyId == k.KeyId).SubjectPublicKeyInfo, k.SubjectPublicKeyInfo));
    }

    [Fact]
    public async Task The_printed_link_is_signed_against_the_built_keys_json()
    {
        var (code, stdout, _) = await VerifyQr(_link);
        Assert.Equal(0, code);
        var lines = stdout.Split('\n');
        Assert.Equal("签名有效，记录未联网核对", lines[0]);
        Assert.StartsWith("证书编号 Y000014000001244000001　姓名 张三明　等级 四级/中级工　发证日期 2024-09-18", lines[2], StringComparison.Ordinal);
    }

    public static TheoryData<string, int, string, string> OneChangedCharacter => new()
    {
        // what, segment from the end, old text, new text
        { "name", 2, "%E6%98%8E", "%E6%98%8F" },
        { "level", 5, "4", "3" },
        { "date", 4, "20240918", "20240919" },
    };

    [Theory]
    [MemberData(nameof(OneChangedCharacter))]
    public async Task One_changed_claim_in_the_link_is_tampered(string what, int fromEnd, string from, string to)
    {
        var changed = Segment(_link, fromEnd, s => s.Replace(from, to, StringComparison.Ordinal));
        Assert.True(changed != _link, $"the {what} segment did not change");
        await AssertRefused(changed, SignatureVerdict.BadSignature, "签名不符");
    }

    [Fact]
    public async Task One_changed_character_of_the_signature_is_tampered()
    {
        await AssertRefused(Segment(_link, 1, s => s[..10] + (s[10] == 'A' ? 'B' : 'A') + s[11..]), SignatureVerdict.BadSignature, "签名不符");
    }

    [Fact]
    public async Task A_link_signed_by_a_key_the_site_does_not_publish_is_unknown()
    {
        using var stranger = SigningKey.Create();
        var link = QrLink.Build(new Uri("https://verify.example.org/"), stranger.Sign(QrLink.TryParse(_link)!.Claims));
        await AssertRefused(link, SignatureVerdict.UnknownKey, "未知密钥");
    }

    [Fact]
    public async Task A_link_signed_by_the_retired_key_for_a_certificate_issued_after_it_retired_is_refused()
    {
        using var old = SigningKey.FromPem(File.ReadAllText(_oldKey));
        var claims = QrLink.TryParse(_link)!.Claims with { IssuedOn = CertificateScenario.AsOf };
        var link = QrLink.Build(new Uri("https://verify.example.org/"), old.Sign(claims));
        await AssertRefused(link, SignatureVerdict.RetiredKey, "密钥已停用");
    }

    [Fact]
    public async Task Once_the_leaked_retired_key_is_revoked_its_link_for_an_earlier_certificate_is_refused()
    {
        using var old = SigningKey.FromPem(File.ReadAllText(_oldKey));
        // What a thief with the retired key could make: claims dated before its retirement, which it vouched for until now.
        var link = QrLink.Build(new Uri("https://verify.example.org/"), old.Sign(QrLink.TryParse(_link)!.Claims with { Name = "李四" }));
        Assert.Equal(0, (await VerifyQr(link)).ExitCode);
        Assert.Equal(0, _s.Export.Revoking([old.KeyId], _current).ExitCode);
        using var keys = JsonDocument.Parse(File.ReadAllText(BuildSite()));
        var entry = keys.RootElement.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == old.KeyId);
        Assert.Equal(ExportScenario.AsOf, entry.GetProperty("revoked").GetString());
        await AssertRefused(link, SignatureVerdict.RevokedKey, "密钥已撤销");
        Assert.Equal(0, (await VerifyQr(_link)).ExitCode);
    }

    public void Dispose() => _s.Dispose();
}
