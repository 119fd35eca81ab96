using Microsoft.Data.Sqlite;
using SkillCert.Core.Signing;
using SkillCert.Core.Verification;

namespace SkillCert.Demo;

/// <summary>
/// Picks, from the demo export, one page for each verdict a newcomer can meet there, so that the start-up lines show
/// what each verdict looks like: a holder confirmed by name and by QR code, a number alone, a wrong name, a revoked
/// certificate, an unknown number, a QR link changed after signing, and one signed with a revoked key; and a reissue:
/// the corrected certificate (revoked, 已更正) and the one that replaced it.
/// </summary>
internal static class DemoSamples
{
    /// <summary>A name no sample holder has, typed to show a name mismatch.</summary>
    public const string WrongName = "王小二";

    public static IReadOnlyList<DemoSample> From(string export, string signingKeyPem, string revokedKeyPem)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = export, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        var samples = new List<DemoSample>(10);
        using var signer = SigningKey.FromPem(signingKeyPem);
        using var revokedSigner = SigningKey.FromPem(revokedKeyPem);
        if (First(db, "valid") is { } valid)
        {
            var (number, holder, level, issued) = valid;
            var path = "/c/" + number;
            var claims = signer.Sign(new QrClaims(number, holder, level, issued));
            var qr = new Uri(QrLink.Build(new Uri("http://localhost/"), claims)).PathAndQuery;
            samples.Add(new(Slug(Verdict.Genuine), number, path + "?name=" + Uri.EscapeDataString(holder), $"编号加持证人姓名（{holder}）") { HolderName = holder });
            samples.Add(new(Slug(Verdict.Genuine), number, qr, "证书二维码中的链接（扫码打开的就是它）"));
            samples.Add(new(Slug(Verdict.Unconfirmed), number, path, "只有编号，没有核对持证人"));
            samples.Add(new(Slug(Verdict.NameMismatch), number, path + "?name=" + Uri.EscapeDataString(WrongName), $"编号加错误的姓名（{WrongName}）"));
            samples.Add(new(Slug(Verdict.NotFound), number[..16] + "999999", "/c/" + number[..16] + "999999", "格式正确但不存在的编号"));
            samples.Add(new(Slug(Verdict.Tampered), number, Changed(claims), "改动过等级的二维码链接"));
            var leaked = new Uri(QrLink.Build(new Uri("http://localhost/"), revokedSigner.Sign(new QrClaims(number, holder, level, issued)))).PathAndQuery;
            samples.Add(new(Slug(Verdict.Tampered), number, leaked, "用已撤销（泄露）的密钥签名的二维码链接"));
        }
        if (First(db, "revoked", "replaced_by IS NULL") is { } revoked)
            samples.Add(new(Slug(Verdict.Revoked), revoked.Number, "/c/" + revoked.Number, "已撤销的证书"));
        if (First(db, "revoked", "replaced_by IS NOT NULL") is { } corrected)
            samples.Add(new(Slug(Verdict.Revoked), corrected.Number, "/c/" + corrected.Number, "已更正、换发了新证书的原证书"));
        if (First(db, "valid", "replaces IS NOT NULL") is { } reissue)
            samples.Add(new(Slug(Verdict.Unconfirmed), reissue.Number, "/c/" + reissue.Number, "更正后换发的新证书，写明它替换的原证书"));
        return samples;
    }

    private static string Slug(Verdict verdict) => VerdictSlugs.Of(verdict);

    // Another level no longer fits the signature, as if someone had edited the printed link.
    private static string Changed(SignedClaims claims)
    {
        var level = claims.Claims.Level == 5 ? 4 : claims.Claims.Level + 1;
        return new Uri(QrLink.Build(new Uri("http://localhost/"), claims with { Claims = claims.Claims with { Level = level } })).PathAndQuery;
    }

    private static (string Number, string Holder, int Level, DateOnly Issued)? First(SqliteConnection db, string status, string where = "TRUE")
    {
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT number, holder_name, level, issued_on FROM certificates WHERE status = $status AND {where} ORDER BY number LIMIT 1";
        command.Parameters.AddWithValue("$status", status);
        using var r = command.ExecuteReader();
        if (!r.Read()) return null;
        return (r.GetString(0), r.GetString(1), r.GetInt32(2),
            DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
