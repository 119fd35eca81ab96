using System.CommandLine;
using SkillCert.Generator.Certificates;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert certificates</c>: renders printable certificates, with signed QR codes, from the rosters and their export.</summary>
public static class CertificatesCommand
{
    public static Command Create()
    {
        var rosters = new Option<string>("--rosters") { HelpName = HelpWords.Folder, Description = HelpWords.Of("导出时用的花名册文件夹：<seq>/<批次>.csv 或 .xlsx", "The rosters folder the export was made from: <seq>/<batch>.csv or .xlsx"), Required = true };
        var export = new Option<string>("--export") { HelpName = HelpWords.File, Description = HelpWords.Of("用这些花名册生成的导出文件（.db）：每一行的证书编号和状态都从它来", "The export (.db) made from these rosters: it gives each row its number and status"), Required = true };
        var signingKey = new Option<string>("--signing-key") { HelpName = HelpWords.File, Description = HelpWords.Of("导出文件的当前签名密钥（私钥 PEM），用来给每个二维码签名", "The export's current signing key (private PEM); it signs each QR code"), Required = true };
        var idKey = new Option<string>("--id-key")
        {
            HelpName = HelpWords.File,
            Description = HelpWords.Of("导出时用的证件号码密钥：花名册的行按证件号码的哈希对上各自的证书，和重新导出时一样", "The export's id key: rows are matched to their certificates by the keyed hash of the ID number, as re-exports are"),
            Required = true,
        };
        var output = new Option<string>("--out") { HelpName = HelpWords.Folder, Description = HelpWords.Of("证书写到这个文件夹，每张证书一个文件，以证书编号命名", "The folder to write the certificates to, one file per certificate named by its number"), Required = true };
        var format = new Option<CertificateFormat>("--format") { HelpName = HelpWords.Format, Description = HelpWords.Of("html（网页和样式表，默认）或 pdf（每张一个 A4 PDF，用 Chromium 打印）", "html (pages and their stylesheet, the default) or pdf (one A4 PDF each, through Chromium)") };
        var numbers = new Option<string[]>("--numbers") { HelpName = HelpWords.Number, Description = HelpWords.Of("只生成这几张证书（写证书编号）", "Render only these certificates"), AllowMultipleArgumentsPerToken = true };
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var asOf = CommonOptions.AsOf();
        asOf.Description = HelpWords.Of("按哪一天检查花名册的行，写成 yyyy-MM-dd（默认：今天）", "The day the rosters' rows are checked on, as yyyy-MM-dd (default: today)");
        var command = new Command("certificates", HelpWords.Of("用花名册和导出文件生成可打印的证书（附件6），带签名的二维码", "Render printable certificates (附件6) with signed QR codes from the rosters and their export"))
        {
            rosters, export, signingKey, idKey, output, format, numbers, content, templates, asOf,
        };
        command.SetAction((parse, _) => CertificatesRun.ExecuteAsync(
            new CertificatesRequest(parse.GetValue(rosters)!, parse.GetValue(export)!, parse.GetValue(signingKey)!, parse.GetValue(idKey)!,
                parse.GetValue(output)!, parse.GetValue(format), parse.GetValue(numbers) ?? [], parse.GetValue(content)!, parse.GetValue(templates)!,
                parse.GetValue(asOf)),
            Console.Out, Console.Error));
        return command;
    }
}
