using System.CommandLine;
using SkillCert.Generator.Certificates;
using SkillCert.Generator.Forms;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert forms</c>: writes the notice's forms (附件1, 附件3, 附件4) and the 公示 list from the content and the rosters.</summary>
public static class FormsCommand
{
    public static Command Create()
    {
        var rosters = new Option<string>("--rosters") { HelpName = HelpWords.Folder, Description = HelpWords.Of("花名册文件夹：<seq>/<批次>.csv 或 .xlsx，以及 <批次>.yml", "The rosters folder: <seq>/<batch>.csv or .xlsx, with <batch>.yml"), Required = true };
        var export = new Option<string>("--export") { HelpName = HelpWords.File, Description = HelpWords.Of("这些花名册的导出文件（.db）：已经编号的行会显示证书编号", "The export (.db) of these rosters: rows it has numbered show their 证书编号"), Required = true };
        var output = new Option<string>("--out") { HelpName = HelpWords.Folder, Description = HelpWords.Of("表格写到这个文件夹：附件1 在 <seq>/ 下，附件3、附件4 和公示名单在 <seq>/<批次>/ 下", "The folder to write the forms to: <seq>/ for 附件1, <seq>/<batch>/ for 附件3, 附件4 and the 公示 list"), Required = true };
        var format = new Option<CertificateFormat>("--format") { HelpName = HelpWords.Format, Description = HelpWords.Of("html（可打印的网页，默认）或 pdf（A4 PDF，用 Chromium 打印）；Excel 工作簿总会写出", "html (printable pages, the default) or pdf (A4 PDFs, through Chromium); workbooks are always written") };
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var asOf = CommonOptions.AsOf();
        asOf.Description = HelpWords.Of("按哪一天检查花名册的行、填写备案表，写成 yyyy-MM-dd（默认：今天）", "The day rows are checked on and the filing forms are filled for, as yyyy-MM-dd (default: today)");
        var command = new Command("forms", HelpWords.Of("写出正式表格：每个批次的附件3、附件4，每个机构的附件1（XLSX 和打印版），以及每个批次的公示名单", "Write the official forms: 附件3 and 附件4 per batch, 附件1 per institution (XLSX and print), and each batch's 公示 list"))
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
