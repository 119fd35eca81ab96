using System.CommandLine;
using SkillCert.Generator.Certificates;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert certificates</c>: renders printable certificates, with signed QR codes, from the rosters and their export.</summary>
public static class CertificatesCommand
{
    public static Command Create()
    {
        var rosters = new Option<string>("--rosters") { Description = "The rosters folder the export was made from: <seq>/<batch>.csv or .xlsx", Required = true };
        var export = new Option<string>("--export") { Description = "The export (.db) made from these rosters: it gives each row its number and status", Required = true };
        var signingKey = new Option<string>("--signing-key") { Description = "The export's current signing key (private PEM); it signs each QR code", Required = true };
        var idKey = new Option<string>("--id-key")
        {
            Description = "The export's id key: rows are matched to their certificates by the keyed hash of the ID number, as re-exports are",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "The folder to write the certificates to, one file per certificate named by its number", Required = true };
        var format = new Option<CertificateFormat>("--format") { Description = "html (pages and their stylesheet) or pdf (one A4 PDF each, through Chromium)", DefaultValueFactory = _ => CertificateFormat.Html };
        var numbers = new Option<string[]>("--numbers") { Description = "Render only these certificates", AllowMultipleArgumentsPerToken = true };
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var asOf = CommonOptions.AsOf();
        asOf.Description = "The day the rosters' rows are checked on, as yyyy-MM-dd (default: today)";
        var command = new Command("certificates", "Render printable certificates (附件6) with signed QR codes from the rosters and their export")
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
