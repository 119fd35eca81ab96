using SkillCert.Core.Identity;
using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Keys;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert keys</c>: creates the signing key and the id key, and prints a signing key's public half for rotation.</summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", HelpWords.Of("生成和查看导出用的密钥：二维码签名密钥和证件号码密钥", "Create and inspect the keys of the export: the QR signing key and the id key"));
        command.Subcommands.Add(New());
        command.Subcommands.Add(Public());
        return command;
    }

    private static Command New()
    {
        var idKey = new Option<bool>("--id-key") { Description = HelpWords.Of("生成证件号码密钥（32 个随机字节，用来给证件号码做哈希），而不是签名密钥", "Write an id key (32 random bytes for the ID-number hash) instead of a signing key") };
        var output = new Option<string>("--out") { HelpName = HelpWords.File, Description = HelpWords.Of("密钥写到哪个文件（权限设为 600，只有自己能读写）", "Where to write the key (created with mode 600)"), Required = true };
        var force = new Option<bool>("--force") { Description = HelpWords.Of("用新文件替换已有的密钥文件或链接（旧密钥会丢失；链接指向的文件不动）", "Replace an existing key file, or a symlink, by a new file (the old key is lost; a symlink's target is left as it is)") };
        var command = new Command("new", HelpWords.Of("生成新的 ECDSA P-256 签名密钥（PEM）；加 --id-key 则生成新的证件号码密钥", "Create a new ECDSA P-256 signing key (PEM) or, with --id-key, a new id key")) { idKey, output, force };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            try
            {
                string? refused;
                string description;
                if (parse.GetValue(idKey))
                {
                    var key = RandomNumberGenerator.GetBytes(IdHasher.KeyLength);
                    refused = KeyFiles.WriteSecret(path, key, parse.GetValue(force));
                    description = DiagnosticStyle.Current.Say($"证件号码密钥（32 个随机字节），密钥编号 {IdHasher.KeyId(key)}",
                        $"an id key (32 random bytes), id key id {IdHasher.KeyId(key)}");
                }
                else
                {
                    using var key = SigningKey.Create();
                    refused = KeyFiles.WriteSecret(path, Encoding.ASCII.GetBytes(key.ExportPrivateKeyPem()), parse.GetValue(force));
                    description = DiagnosticStyle.Current.Say($"ECDSA P-256 签名密钥，密钥编号 {key.KeyId}", $"an ECDSA P-256 signing key, key id {key.KeyId}");
                }
                if (refused is not null)
                {
                    Console.Error.WriteLine($"skillcert keys new: {refused}");
                    return ExitCodes.UsageError;
                }
                var say = DiagnosticStyle.Current;
                Console.Out.WriteLine(say.Say($"已写入 {path}：{description}", $"wrote {path}: {description}"));
                Console.Out.WriteLine(say.Say("请妥善保密，不要放进代码仓库（.skillcert/ 已被 git 忽略）；丢失后无法恢复。",
                    "Keep it secret and out of the repository (.skillcert/ is git-ignored); losing it cannot be undone."));
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"skillcert keys new: {OptionProblem.CannotWrite(path, e.Message)}");
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    private static Command Public()
    {
        var key = new Argument<string>(HelpWords.File) { Description = HelpWords.Of("签名密钥文件（PEM，私钥或公钥）", "A signing key file (PEM, private or public)") };
        var command = new Command("public", HelpWords.Of("输出签名密钥的公钥（PEM）和密钥编号，私钥停用后用来继续发布公钥", "Print the public half of a signing key as PEM, with its key id, to publish it after the private key is retired")) { key };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(key)!;
            try
            {
                var spki = KeyFiles.ReadPublicKey(path);
                // The PEM alone goes to standard output, so that '> old.pub.pem' gives a clean key file.
                Console.Error.WriteLine(DiagnosticStyle.Current.Say($"密钥编号 {KeyIds.Of(spki)}", $"key id {KeyIds.Of(spki)}"));
                Console.Out.Write(PemEncoding.WriteString("PUBLIC KEY", spki));
                Console.Out.WriteLine();
                return ExitCodes.Success;
            }
            catch (Exception e) when (KeyFiles.IsKeyProblem(e))
            {
                CommandRefusal.Print(Console.Error, "keys public", KeyFiles.SigningKeyProblem("", path, e));
                return ExitCodes.UsageError;
            }
        });
        return command;
    }
}
