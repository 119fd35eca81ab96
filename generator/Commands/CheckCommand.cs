using System.CommandLine;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;
using SkillCert.Generator.Rendering;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert check</c>: validates the content, the pages' front matter, the templates and an export; writes nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var asOf = CommonOptions.AsOf();
        var templates = CommonOptions.Templates();
        var export = CommonOptions.Export();
        var command = new Command("check", "Check the content, the templates and an export; report every problem with its file:line:column; writes nothing")
        {
            content, templates, asOf, export,
        };
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag();
            var contentDir = parse.GetValue(content)!;
            var templatesDir = parse.GetValue(templates)!;
            var loaded = ContentLoader.Load(contentDir, parse.GetValue(asOf), bag);
            SiteTemplates.Load(templatesDir, bag);
            if (parse.GetValue(export) is { } exportFile) ExportReader.Read(exportFile, bag);
            DiagnosticPrinter.Print(bag, Console.Error);
            if (!Directory.Exists(contentDir) || !Directory.Exists(templatesDir)) return ExitCodes.UsageError;
            var counts = loaded is null ? "" : $"{loaded.Institutions.Count} institutions, {loaded.Catalogue.Occupations.Count} occupations; ";
            Console.Out.WriteLine($"checked {contentDir}: {counts}{DiagnosticPrinter.Summary(bag)}");
            return bag.HasErrors ? ExitCodes.ContentError : ExitCodes.Success;
        });
        return command;
    }
}
