using System.CommandLine;
using System.Text.Json;
using SkillCert.Core.Levels;
using SkillCert.Core.Signing;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert verify-qr</c>: checks a scanned QR link's signature offline against a published keys.json.</summary>
public static class VerifyQrCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("url") { Description = "The URL read from the certificate's QR code" };
        var keys = new Option<string>("--keys") { Description = "The keys.json published on the catalogue site", Required = true };
        var command = new Command("verify-qr", "Check a QR link's signed claims offline against the published keys") { url, keys };
        command.SetAction(parse =>
        {
            var keysPath = parse.GetValue(keys)!;
            var published = ReadKeys(keysPath);
            if (published is null) return ExitCodes.UsageError;
            var signed = QrLink.TryParse(parse.GetValue(url));
            if (signed is null)
            {
                Console.Out.WriteLine("not a SkillCert QR link: it carries no signed claims (number, name, level, date, key, signature)");
                return ExitCodes.ContentError;
            }
            var c = signed.Claims;
            var level = SkillLevel.FromCode(c.Level)?.DisplayName ?? $"level {c.Level}";
            var claims = $"{c.Number} {c.Name} {level}, issued {c.IssuedOn:yyyy-MM-dd}";
            var verdict = new ClaimVerifier(published).Verify(signed);
            Console.Out.WriteLine(verdict switch
            {
                SignatureVerdict.Valid => $"authentic: {claims}; signed by key {signed.KeyId}. The record itself was not checked online.",
                SignatureVerdict.UnknownKey => $"unknown key: {signed.KeyId} is not in {keysPath}; the claims ({claims}) cannot be trusted",
                SignatureVerdict.RetiredKey => $"retired key: {signed.KeyId} was retired before {c.IssuedOn:yyyy-MM-dd}; the claims ({claims}) cannot be trusted",
                _ => $"tampered: the signature does not match the claims ({claims}); something in the link was changed",
            });
            return verdict == SignatureVerdict.Valid ? ExitCodes.Success : ExitCodes.ContentError;
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
