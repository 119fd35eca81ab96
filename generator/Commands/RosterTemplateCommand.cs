using System.CommandLine;
using SkillCert.Generator.RosterTemplates;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert roster-template</c>: writes a blank 附件4 workbook with drop-down lists from one institution's filed scope.</summary>
public static class RosterTemplateCommand
{
    public static Command Create()
    {
        var institution = new Option<string>("--institution") { Description = "The institution's six-digit seq, like 000001", Required = true };
        var output = new Option<string>("--out") { Description = "The .xlsx file to write", Required = true };
        var content = CommonOptions.Content();
        var asOf = CommonOptions.AsOf();
        asOf.Description = "The day whose filed scope fills the lists, as yyyy-MM-dd (default: today)";
        var command = new Command("roster-template", "Write a blank roster (附件4) whose columns offer the institution's filed occupations, 工种 and levels as drop-down lists")
        {
            institution, output, content, asOf,
        };
        command.SetAction(parse => RosterTemplateRun.Execute(
            new RosterTemplateRequest(parse.GetValue(institution)!, parse.GetValue(output)!, parse.GetValue(content)!, parse.GetValue(asOf)),
            Console.Out, Console.Error));
        return command;
    }
}
