using SkillCert.Tests.Integration.Api;
namespace SkillCert.Tests.Integration.Export;

public class ReExportTests
{
    [Fact]
    public void Numbers_stay_with_their_certificates_and_new_ones_continue_across_exports()
    {
        using var s = new ExportScenario();
        var first = s.Line(issued: "2024-05-01");
        s.Roster("000001", "2024-2", first);
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["Y000014000001244000001"], s.Column("SELECT number FROM certificates"));

        s.Roster("000001", "2024-1", s.Line(issued: "2024-03-01"));
        var second = s.Export();
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(["Y000014000001244000001|2024-05-01", "Y000014000001244000002|2024-03-01"],
            s.Column("SELECT number || '|' || issued_on FROM certificates ORDER BY number"));
    }

    [Fact]
    public void A_revocation_is_carried_into_later_exports_even_after_it_leaves_revocations_csv()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line(number: "Y000014000001244000001"));
        s.Revocations("Y000014000001244000001,2024-10-01,以不正当手段取得证书");
        Assert.Equal(0, s.Export().ExitCode);
        File.Delete(Path.Combine(s.Rosters, "revocations.csv"));
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["revoked|2024-10-01|以不正当手段取得证书"], s.Column("SELECT status || '|' || revoked_on || '|' || revocation_reason FROM certificates"));
    }

    [Fact]
    public void A_revoked_certificate_stays_in_the_export_when_its_roster_is_removed()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line(number: "Y000014000001244000001"));
        s.Revocations("Y000014000001244000001,2024-10-01,以不正当手段取得证书");
        Assert.Equal(0, s.Export().ExitCode);
        Directory.Delete(Path.Combine(s.Rosters, "000001"), recursive: true);
        File.Delete(Path.Combine(s.Rosters, "revocations.csv"));
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["Y000014000001244000001|revoked"], s.Column("SELECT number || '|' || status FROM certificates"));
    }

    [Fact]
    public void A_certificate_left_out_of_the_rosters_stays_issued_with_its_number()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line(issued: "2024-05-01"), s.Line(issued: "2024-06-01"));
        Assert.Equal(0, s.Export().ExitCode);
        s.Roster("000001", "2024-2", s.Line(issued: "2024-05-01", number: "Y000014000001244000001"));
        var second = s.Export();
        Assert.Equal(0, second.ExitCode);
        Assert.Empty(second.ErrorLines);
        Assert.Contains("沿用上一次导出、花名册里已没有的 1 本", second.Stdout, StringComparison.Ordinal);
        s.Roster("000001", "2024-3", s.Line(issued: "2024-07-01"));
        Assert.Equal(0, s.Export().ExitCode);
        Assert.Equal(["Y000014000001244000001|valid", "Y000014000001244000002|valid", "Y000014000001244000003|valid"],
            s.Column("SELECT number || '|' || status FROM certificates ORDER BY number"));
    }

    [Fact]
    public void Writing_a_different_number_for_an_exported_certificate_is_refused()
    {
        using var s = new ExportScenario();
        var id = s.NewId();
        s.Roster("000001", "2024-2", s.Line(id: id));
        Assert.Equal(0, s.Export().ExitCode);
        s.Roster("000001", "2024-2", s.Line(id: id, number: "Y000014000001244000005"));
        Assert.Contains(s.Export().ErrorLines, l => l.Contains("这本证书已经以 Y000014000001244000001 导出过", StringComparison.Ordinal));
    }

    [Fact]
    public void A_re_export_with_another_id_key_is_a_usage_error()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        ExportFixture.WriteIdKey(s.IdKey, new byte[32]);
        var result = s.Export();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("导出时用的证件号码密钥", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rotating_keys_publishes_the_old_key_as_retired_and_the_last_one_as_current()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        Assert.Equal(0, s.Export().ExitCode);
        var first = Assert.Single(s.PublishedKeys());
        var next = s.NewSigningKey("next.pem");
        Assert.Equal(0, s.Export(next).ExitCode);
        var keys = s.PublishedKeys();
        Assert.Equal(2, keys.Count);
        Assert.Equal(new DateOnly(2025, 6, 30), keys.Single(k => k.KeyId == first.KeyId).Retired);
        var current = keys.Single(k => k.Retired is null);
        Assert.NotEqual(first.KeyId, current.KeyId);
        Assert.Equal([current.KeyId], s.Column("SELECT value FROM meta WHERE key = 'current_key_id'"));
    }

    [Fact]
    public void Old_signatures_still_verify_and_new_ones_use_the_newest_key_after_a_rotation()
    {
        using var s = new ExportScenario();
        s.Roster("000001", "2024-2", s.Line());
        using var oldKey = Core.Signing.SigningKey.FromPem(File.ReadAllText(s.SigningKey));
        var next = s.NewSigningKey("next.pem");
        Assert.Equal(0, s.Export(s.SigningKey, next).ExitCode);
        var verifier = new Core.Signing.ClaimVerifier(s.PublishedKeys());
        var claims = new Core.Signing.QrClaims("Y000014000001244000001", "张伟", 4, new DateOnly(2024, 9, 18));
        Assert.Equal(Core.Signing.SignatureVerdict.Valid, verifier.Verify(oldKey.Sign(claims)));
        using var newKey = Core.Signing.SigningKey.FromPem(File.ReadAllText(next));
        Assert.Equal(newKey.KeyId, s.PublishedKeys().Single(k => k.Retired is null).KeyId);
    }
}
