using System.CommandLine;
using SkillCert.Generator.RosterTemplates;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert roster-template</c>: writes a blank 附件4 workbook with drop-down lists from one institution's filed scope.</summary>
public static class RosterTemplateCommand
{
    public static Command Create()
    {
        var institution = new Option<string>("--institution") { HelpName = HelpWords.Seq, Description = HelpWords.Of("机构的六位序号 seq，例如 000001", "The institution's six-digit seq, like 000001"), Required = true };
        var output = new Option<string>("--out") { HelpName = HelpWords.File, Description = HelpWords.Of("要写出的 .xlsx 文件", "The .xlsx file to write"), Required = true };
        var content = CommonOptions.Content();
        var asOf = CommonOptions.AsOf();
        asOf.Description = HelpWords.Of("下拉列表按哪一天的备案范围填写，写成 yyyy-MM-dd（默认：今天）", "The day whose filed scope fills the lists, as yyyy-MM-dd (default: today)");
        var command = new Command("roster-template", HelpWords.Of("写出空白花名册（附件4），职业、工种和等级列是这个机构备案范围里的下拉列表", "Write a blank roster (附件4) whose columns offer the institution's filed occupations, 工种 and levels as drop-down lists"))
        {
            institution, output, content, asOf,
        };
        command.SetAction(parse => RosterTemplateRun.Execute(
            new RosterTemplateRequest(parse.GetValue(institution)!, parse.GetValue(output)!, parse.GetValue(content)!, parse.GetValue(asOf)),
            Console.Out, Console.Error));
        return command;
    }
}
