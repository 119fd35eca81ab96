using System.CommandLine;
using SkillCert.Generator.Build;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;
using SkillCert.Generator.OpenData;

namespace SkillCert.Generator.Commands;

/// <summary>
/// <c>skillcert check</c>: validates the content, the pages' front matter, the templates and an export, and compares the
/// content with what was published (an export's filings, or a built site's open data); writes nothing.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var asOf = CommonOptions.AsOf();
        var templates = CommonOptions.Templates();
        var export = CommonOptions.Export();
        var site = new Option<string?>("--site")
        {
            HelpName = HelpWords.Folder,
            Description = HelpWords.Of($"已经发布的网站文件夹：拿内容和它的开放数据比较，提醒改写历史的改动（默认：{CommonOptions.DefaultSite}，如果存在；给了 --export 时改为和导出文件比较）", $"A built site whose open data the content is compared with, to warn about edits that rewrite history (default: {CommonOptions.DefaultSite} when it exists; an --export is compared with instead)"),
        };
        var command = new Command("check", HelpWords.Of("检查内容、模板和导出文件，列出每个问题的 文件:行:列；不写任何文件", "Check the content, the templates and an export; report every problem with its file:line:column; writes nothing"))
        {
            content, templates, asOf, export, site,
        };
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag();
            var contentDir = parse.GetValue(content)!;
            var templatesDir = parse.GetValue(templates)!;
            var siteDir = parse.GetValue(site);
            if (siteDir is not null && !Directory.Exists(siteDir))
            {
                Console.Error.WriteLine("skillcert check: " + DiagnosticStyle.Current.Say($"{OptionProblem.NoFolder("--site", siteDir)}；请给出 skillcert build 发布到的文件夹（它的 --out）",
                    $"{OptionProblem.NoFolder("--site", siteDir)}; give the folder 'skillcert build' published to (its --out)"));
                return ExitCodes.UsageError;
            }
            var loaded = ContentLoader.Load(contentDir, parse.GetValue(asOf), bag);
            SiteTemplates.Load(templatesDir, bag, MarkupLinks.Instance);
            var exportFile = parse.GetValue(export);
            var exportRead = exportFile is not null && ExportReader.Read(exportFile, bag) is not null;
            var comparison = loaded is null ? null : CompareWithPublished(loaded, exportFile, exportRead, siteDir, bag);
            DiagnosticPrinter.Print(bag, Console.Error);
            if (!Directory.Exists(contentDir) || !Directory.Exists(templatesDir)) return ExitCodes.UsageError;
            if (comparison is not null) Console.Out.WriteLine(comparison);
            var say = DiagnosticStyle.Current;
            var counts = loaded is null ? "" : say.Say($"{loaded.Institutions.Count} 个机构，{loaded.Catalogue.Occupations.Count} 个职业；",
                $"{loaded.Institutions.Count} institutions, {loaded.Catalogue.Occupations.Count} occupations; ");
            Console.Out.WriteLine(say.Say($"已检查 {contentDir}：{counts}{DiagnosticPrinter.Summary(bag)}", $"checked {contentDir}: {counts}{DiagnosticPrinter.Summary(bag)}"));
            return bag.HasErrors ? ExitCodes.ContentError : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Compares with the export when one is given, else with the site; returns the one line that says which, or why not.</summary>
    private static string CompareWithPublished(LoadedContent loaded, string? exportFile, bool exportRead, string? siteDir, DiagnosticBag bag)
    {
        var say = DiagnosticStyle.Current;
        string NotCompared(string zh, string en, bool howTo = true) => say.Say(
            $"没有和已发布的内容比较：{zh}" + (howTo ? "；要让 check 在改动改写历史时提醒，请给出 --site 文件夹（skillcert build 发布到的文件夹）或 --export 导出文件" : ""),
            $"not compared with what was published: {en}" + (howTo ? "; give --site DIR (the folder 'skillcert build' published) or --export DB, so that check can warn when an edit rewrites history" : ""));
        Phrase? problem;
        PublishedCatalogue? published;
        string source;
        if (exportFile is not null)
        {
            if (!exportRead) return NotCompared($"导出文件 {exportFile} 读不出来（见上面的问题）", $"the export {exportFile} cannot be read (see above)", howTo: false);
            published = ExportFilings.Read(source = exportFile, out problem);
        }
        else
        {
            siteDir ??= Directory.Exists(CommonOptions.DefaultSite) ? CommonOptions.DefaultSite : null;
            if (siteDir is null)
                return NotCompared($"{CommonOptions.DefaultSite} 没有网站，也没有给出 --export", $"there is no site at {CommonOptions.DefaultSite} and no --export");
            published = PublishedOpenData.Read(siteDir, out problem);
            source = PublishedOpenData.FileIn(siteDir);
        }
        if (published is null)
        {
            bag.Warning(DiagnosticCodes.PublishedUnreadable, SourceSpot.OfFile(source), $"无法和已发布的内容比较：{problem!.Zh}",
                $"cannot compare with what was published: {problem.En}");
            return NotCompared(problem.Zh, problem.En);
        }
        PublishedHistoryCheck.Compare(loaded, published, bag);
        return say.Say($"已和已发布的内容比较：{published.Source}，日期 {published.AsOf:yyyy-MM-dd}（{published.Filings.Count} 个机构）",
            $"compared with what was published: {published.Source}, as of {published.AsOf:yyyy-MM-dd} ({published.Filings.Count} institutions)");
    }
}
