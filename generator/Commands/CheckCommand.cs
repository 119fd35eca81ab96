using System.CommandLine;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert check</c>: validates the content and writes nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var asOf = CommonOptions.AsOf();
        var command = new Command("check", "Check the content folder and report every problem with its file:line:column; writes nothing")
        {
            content, asOf,
        };
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag();
            var contentDir = parse.GetValue(content)!;
            var loaded = ContentLoader.Load(contentDir, parse.GetValue(asOf), bag);
            DiagnosticPrinter.Print(bag, Console.Error);
            if (loaded is null && !Directory.Exists(contentDir)) return ExitCodes.UsageError;
            var counts = loaded is null ? "" : $"{loaded.Institutions.Count} institutions, {loaded.Catalogue.Occupations.Count} occupations; ";
            Console.Out.WriteLine($"checked {contentDir}: {counts}{DiagnosticPrinter.Summary(bag)}");
            return bag.HasErrors ? ExitCodes.ContentError : ExitCodes.Success;
        });
        return command;
    }
}
