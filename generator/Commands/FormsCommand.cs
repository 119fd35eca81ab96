using System.CommandLine;
using SkillCert.Generator.Certificates;
using SkillCert.Generator.Forms;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert forms</c>: writes the notice's forms (附件1, 附件3, 附件4) and the 公示 list from the content and the rosters.</summary>
public static class FormsCommand
{
    public static Command Create()
    {
        var rosters = new Option<string>("--rosters") { Description = "The rosters folder: <seq>/<batch>.csv or .xlsx, with <batch>.yml", Required = true };
        var export = new Option<string>("--export") { Description = "The export (.db) of these rosters: rows it has numbered show their 证书编号", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write the forms to: <seq>/ for 附件1, <seq>/<batch>/ for 附件3, 附件4 and the 公示 list", Required = true };
        var format = new Option<CertificateFormat>("--format") { Description = "html (printable pages) or pdf (A4 PDFs, through Chromium); workbooks are always written", DefaultValueFactory = _ => CertificateFormat.Html };
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var asOf = CommonOptions.AsOf();
        asOf.Description = "The day rows are checked on and the filing forms are filled for, as yyyy-MM-dd (default: today)";
        var command = new Command("forms", "Write the official forms: 附件3 and 附件4 per batch, 附件1 per institution (XLSX and print), and each batch's 公示 list")
        {
            rosters, export, output, format, content, templates, asOf,
        };
        command.SetAction((parse, _) => FormsRun.ExecuteAsync(
            new FormsRequest(parse.GetValue(rosters)!, parse.GetValue(export)!, parse.GetValue(output)!, parse.GetValue(format),
                parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(asOf)),
            Console.Out, Console.Error));
        return command;
    }
}
