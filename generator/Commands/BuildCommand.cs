using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using Spectre.Console;
using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Commands;

/// <summary><c>skillcert build</c>: checks the content and publishes the site, atomically and only what changed.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var asOf = CommonOptions.AsOf();
        var templates = CommonOptions.Templates();
        var output = new Option<string>("--out") { HelpName = HelpWords.Folder, Description = HelpWords.Of("网站发布到的文件夹（整体一次替换，不会只换一半）", "Where the site is published (replaced as a whole, atomically)"), DefaultValueFactory = _ => CommonOptions.DefaultSite };
        var export = CommonOptions.Export();
        var noCache = new Option<bool>("--no-cache") { Description = HelpWords.Of("重新生成所有文件，而不是只生成改动过的", "Render every file again instead of only what changed") };
        var command = new Command("build", HelpWords.Of("检查内容，生成对外公布的机构目录网站", "Check the content and build the public catalogue site"))
        {
            content, templates, output, asOf, export, noCache,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(output)!, parse.GetValue(asOf),
                parse.GetValue(export), parse.GetValue(noCache));
            return Run(options);
        });
        return command;
    }

    /// <summary>What a rebuild of 10,000 institutions allocates (90–170 MB), with room to spare.</summary>
    private const long UncollectedBytes = 256L * 1024 * 1024;

    private static int Run(BuildOptions options)
    {
        // A rebuild is over in half a second, and the large arrays of data/catalogue.json and .csv each set off a full
        // collection of a heap that is mostly the catalogue just loaded: three of them cost an address edit 0.1 s
        // (incremental.sh). Such a process needs no collection; past the region, as in a cold build, collections resume.
        if (!options.NoCache && GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) GC.TryStartNoGCRegion(UncollectedBytes);
        var bag = new DiagnosticBag();
        var clock = Stopwatch.StartNew();
        BuildResult result;
        if (TerminalProgress.IsWanted)
        {
            result = AnsiConsole.Progress().AutoClear(false).HideCompleted(false)
                .Start(context => BuildPipeline.Run(options, bag, new TerminalProgress(context)));
        }
        else
        {
            result = BuildPipeline.Run(options, bag, new PlainProgress(Console.Out));
        }
        DiagnosticPrinter.Print(bag, Console.Error);
        var say = DiagnosticStyle.Current;
        var verdict = result.Succeeded
            ? say.Say($"已生成 {options.OutDir}：写入了 {result.Total} 个文件中的 {result.Written} 个", $"built {options.OutDir}: {result.Written} of {result.Total} files written")
            : say.Say($"没有发布；{options.OutDir} 保持原样", $"not published; {options.OutDir} was left as it was");
        Console.Out.WriteLine(say.Say($"{verdict}；{DiagnosticPrinter.Summary(bag)}，用时 {clock.ElapsedMilliseconds} 毫秒",
            $"{verdict}; {DiagnosticPrinter.Summary(bag)} in {clock.ElapsedMilliseconds} ms"));
        return result.ExitCode;
    }
}
