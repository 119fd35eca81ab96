using System.CommandLine;
using System.Text.Json;
using SkillCert.Core.Levels;
using SkillCert.Core.Signing;
using SkillCert.Core.Verification;

namespace SkillCert.Generator.Commands;

/// <summary>
/// <c>skillcert verify-qr</c>: checks a scanned QR link's signature offline against a published keys.json. It never sees
/// the record, so its verdict is signed (exit 0) or tampered (exit 1), never genuine; Chinese first, then English.
/// </summary>
public static class VerifyQrCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("url") { Description = "The URL read from the certificate's QR code" };
        var keys = new Option<string>("--keys") { Description = "The keys.json published on the catalogue site", Required = true };
        var command = new Command("verify-qr", "Check a QR link's signed claims offline against the published keys: signed or tampered") { url, keys };
        command.SetAction(parse =>
        {
            var published = ReadKeys(parse.GetValue(keys)!);
            if (published is null) return ExitCodes.UsageError;
            var check = OfflineCheck.Of(parse.GetValue(url), published);
            var verdict = OfflineWording.Of(check.Verdict);
            var reason = OfflineWording.Of(check.Reason);
            Console.Out.WriteLine(verdict.Zh);
            Console.Out.WriteLine(reason.Zh);
            if (check.Signed is { } signed)
            {
                var c = signed.Claims;
                var level = SkillLevel.FromCode(c.Level)?.DisplayName ?? c.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Console.Out.WriteLine($"证书编号 {c.Number}　姓名 {c.Name}　等级 {level}　发证日期 {c.IssuedOn:yyyy-MM-dd}　签名密钥 {signed.KeyId}　链接版本 {signed.Version}");
            }
            Console.Out.WriteLine($"{verdict.En}: {reason.En}.");
            return check.Verdict == OfflineVerdict.Signed ? ExitCodes.Success : ExitCodes.ContentError;
        });
        return command;
    }

    private static IReadOnlyList<PublishedKey>? ReadKeys(string path)
    {
        try
        {
            var document = JsonSerializer.Deserialize<KeySetDocument>(File.ReadAllText(path), CliJson.Options);
            if (document?.Keys is { Count: > 0 }) return document.ToPublishedKeys();
            Console.Error.WriteLine($"{path}: no keys in the file; download keys.json from the catalogue site again");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{path}: cannot read the keys: {e.Message}");
        }
        catch (JsonException e)
        {
            Console.Error.WriteLine($"{path}:{(e.LineNumber ?? 0) + 1}: not a keys.json document: {e.Message}");
        }
        return null;
    }
}
