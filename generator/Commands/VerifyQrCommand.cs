using System.CommandLine;
using System.Text.Json;
using SkillCert.Core.Levels;
using SkillCert.Core.Signing;
using SkillCert.Core.Verification;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Commands;

/// <summary>
/// <c>skillcert verify-qr</c>: checks a scanned QR link's signature offline against a published keys.json. It never sees
/// the record, so its verdict is signed (exit 0) or tampered (exit 1), never genuine; in Chinese unless <c>--lang en</c>, and a
/// keys file it cannot use is an SC9002 diagnostic (exit 2).
/// </summary>
public static class VerifyQrCommand
{
    public static Command Create()
    {
        var url = new Argument<string>(HelpWords.Url) { Description = HelpWords.Of("从证书二维码读出的网址", "The URL read from the certificate's QR code") };
        var keys = new Option<string>("--keys") { HelpName = HelpWords.File, Description = HelpWords.Of("机构目录网站上公布的 keys.json", "The keys.json published on the catalogue site"), Required = true };
        var command = new Command("verify-qr", HelpWords.Of("不联网，用公布的公钥核对二维码链接的签名：签名有效，或已被篡改", "Check a QR link's signed claims offline against the published keys: signed or tampered")) { url, keys };
        command.SetAction(parse =>
        {
            var published = ReadKeys(parse.GetValue(keys)!);
            if (published is null) return ExitCodes.UsageError;
            var check = OfflineCheck.Of(parse.GetValue(url), published);
            var say = DiagnosticStyle.Current;
            var verdict = OfflineWording.Of(check.Verdict);
            var reason = OfflineWording.Of(check.Reason);
            Console.Out.WriteLine(say.Say(verdict.Zh, verdict.En));
            Console.Out.WriteLine(say.Say(reason.Zh, reason.En));
            if (check.Signed is { } signed)
            {
                var c = signed.Claims;
                var level = SkillLevel.FromCode(c.Level)?.DisplayName ?? c.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Console.Out.WriteLine(say.Say(
                    $"证书编号 {c.Number}　姓名 {c.Name}　等级 {level}　发证日期 {c.IssuedOn:yyyy-MM-dd}　签名密钥 {signed.KeyId}　链接版本 {signed.Version}",
                    $"number {c.Number}, name {c.Name}, level {c.Level}, issued {c.IssuedOn:yyyy-MM-dd}, key {signed.KeyId}, link version {signed.Version}"));
            }
            return check.Verdict == OfflineVerdict.Signed ? ExitCodes.Success : ExitCodes.ContentError;
        });
        return command;
    }

    private static IReadOnlyList<PublishedKey>? ReadKeys(string path)
    {
        try
        {
            var document = JsonSerializer.Deserialize(File.ReadAllText(path), CliJson.Context.KeySetDocument);
            if (document?.Keys is { Count: > 0 }) return document.ToPublishedKeys();
            Refuse(new(path), "文件里没有公钥", "no keys in the file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Refuse(new(path), $"读不到公钥文件（{e.Message.TrimEnd('.')}）", $"cannot read the keys: {e.Message.TrimEnd('.')}");
        }
        catch (JsonException e)
        {
            Refuse(new(path, (int)(e.LineNumber ?? 0) + 1), $"这不是公钥文件 keys.json（{e.Message}）", $"not a keys.json document: {e.Message}");
        }
        return null;
    }

    private static void Refuse(SourceSpot at, string zh, string en) => DiagnosticPrinter.Print([new Diagnostic(Severity.Error,
        DiagnosticCodes.KeysUnreadable, at.File, at.Line, at.Column, $"{zh}；请从机构目录网站重新下载 keys.json", $"{en}; download keys.json from the catalogue site again")],
        Console.Error);
}
