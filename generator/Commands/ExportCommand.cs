using System.CommandLine;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert export</c>: turns evaluation rosters into the numbered, privacy-safe SQLite export the verification service reads.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var rosters = new Option<string>("--rosters") { HelpName = HelpWords.Folder, Description = HelpWords.Of("花名册文件夹：<seq>/<批次>.csv 或 .xlsx，可选的 <批次>.yml，以及 revocations.csv", "The rosters folder: <seq>/<batch>.csv or .xlsx, optional <batch>.yml, and revocations.csv"), Required = true };
        var content = CommonOptions.Content();
        var output = new Option<string>("--out") { HelpName = HelpWords.File, Description = HelpWords.Of("要写出的导出文件（已存在时在它的基础上继续编号）", "The export file to write (and to continue from, when it exists)"), Required = true };
        var signingKeys = new Option<string[]>("--signing-key")
        {
            HelpName = HelpWords.File,
            Description = HelpWords.Of("要发布的签名密钥（PEM，私钥或公钥）；换密钥时写多次：最后一个是当前密钥，前面的都是已停用的", "A signing key (PEM, private or public) to publish; repeat it for a rotation: the last one is current, earlier ones are retired"),
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var revokeKeys = new Option<string[]>("--revoke-key")
        {
            HelpName = HelpWords.KeyId,
            Description = HelpWords.Of("私钥丢失或泄露的签名密钥的编号：从 --as-of 那天起吊销，它签的二维码不再可信；可以写多次。以后的导出会一直保持吊销", "The id of a signing key whose private half was lost or leaked: revoked as of --as-of, so no QR code it signed is trusted again; repeat it for several. Later exports keep it revoked"),
            AllowMultipleArgumentsPerToken = false,
        };
        var idKey = new Option<string>("--id-key") { HelpName = HelpWords.File, Description = HelpWords.Of("证件号码密钥文件（32 个字节，用 skillcert keys new --id-key 生成），用来给证件号码做哈希", "The 32-byte id key for the ID-number hash (skillcert keys new --id-key)"), Required = true };
        var previousIdKey = new Option<string?>("--previous-id-key")
        {
            HelpName = HelpWords.File,
            Description = HelpWords.Of("换证件号码密钥时用：--out 那个导出文件原来用的旧密钥；行按旧密钥对上，再按 --id-key 的新密钥写出", "To rotate the id key: the old id key, that the export at --out was made with; rows are matched to it under the old key and written under --id-key"),
        };
        var report = new Option<string?>("--report") { HelpName = HelpWords.File, Description = HelpWords.Of("同时把每个错误和警告写进这个 CSV 文件", "Also write every error and warning to this CSV file") };
        var asOf = CommonOptions.AsOf();
        asOf.Description = HelpWords.Of("导出日期，写成 yyyy-MM-dd（默认：今天）：状态、“日期不能在将来”的检查和 exported_at 都按它", "The export date, as yyyy-MM-dd (default: today): statuses, the future-date check and exported_at use it");
        var command = new Command("export", HelpWords.Of("检查花名册，写出证书导出文件（SQLite），附带签名公钥", "Check the rosters and write the certificate export (SQLite) with the public signing keys"))
        {
            rosters, content, output, signingKeys, revokeKeys, idKey, previousIdKey, report, asOf,
        };
        command.SetAction(parse =>
        {
            // Process-wide, so here at the process's entry and not in ExportRun, which tests and the demo run in-process.
            SqliteOneThreadPerConnection.Apply();
            return ExportRun.Execute(
                new ExportRequest(parse.GetValue(rosters)!, parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(signingKeys) ?? [],
                    parse.GetValue(idKey)!, parse.GetValue(report), parse.GetValue(asOf), parse.GetValue(previousIdKey), parse.GetValue(revokeKeys) ?? []),
                Console.Out, Console.Error);
        });
        return command;
    }
}
