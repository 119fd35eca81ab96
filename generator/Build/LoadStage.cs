using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Build;

/// <summary>Reads the content, the templates, the export and the previous build's cache.</summary>
public sealed class LoadStage : IBuildStage
{
    public string Name => "load";

    public void Run(BuildState state)
    {
        var options = state.Options;
        if (!Directory.Exists(options.ContentDir))
            throw BuildEnvironmentException.Of(DiagnosticCodes.MissingContent, options.ContentDir, "内容文件夹不存在；请用 --content 指向它",
                "the content folder does not exist; pass --content DIR");
        if (!Directory.Exists(options.TemplatesDir))
            throw BuildEnvironmentException.Of(DiagnosticCodes.MissingTemplate, options.TemplatesDir, "模板文件夹不存在；请用 --templates 指向它",
                "the templates folder does not exist; pass --templates DIR");
        OutputGuard.Check(options, state.Folders);
        state.Progress.Started(Name, 0);
        // The templates, the export and the build cache do not depend on the content, so they are read on another thread
        // while the content is (incremental.sh: some 90 ms of a no-change build's load). Their own bag keeps their
        // diagnostics out of the content loader's count of occupation errors; the printer sorts them all.
        var others = Task.Run(() => LoadOthers(state));
        state.Content = ContentLoader.Load(options.ContentDir, options.AsOf, state.Bag, state.Folders.ParseCacheFile, reuse: !options.NoCache,
            pageCacheFile: state.Folders.PageCacheFile);
        var (templates, export, previous, said) = others.GetAwaiter().GetResult();
        foreach (var d in said.Items) state.Bag.Add(d);
        state.Templates = templates;
        state.Export = export;
        state.Previous = previous;
        var content = state.Content;
        var say = DiagnosticStyle.Current;
        state.Progress.Finished(Name, content is null ? say.Say("内容读不出来", "content could not be read")
            : say.Say($"{content.Institutions.Count} 个机构（{content.Reused} 个没有变，读了 {content.Institutions.Count - content.Unread} 个），{content.Catalogue.Occupations.Count} 个职业，{content.Pages.Count} 个页面"
                  + (state.Export is null ? "" : $"，导出文件日期 {state.Export.ExportedAt}"),
                $"{content.Institutions.Count} institutions ({content.Reused} unchanged, {content.Institutions.Count - content.Unread} read), {content.Catalogue.Occupations.Count} occupations, {content.Pages.Count} pages"
                  + (state.Export is null ? "" : $", export of {state.Export.ExportedAt}")));
    }

    private static (SiteTemplates? Templates, ExportSnapshot? Export, BuildCache Previous, DiagnosticBag Said) LoadOthers(BuildState state)
    {
        var options = state.Options;
        var said = new DiagnosticBag();
        // Templates a published build already loaded kept the link rules; a rebuild need not start AngleSharp to say so again.
        var proven = !options.NoCache && File.Exists(state.Folders.ProvenTemplatesFile) ? File.ReadAllText(state.Folders.ProvenTemplatesFile) : null;
        var templates = SiteTemplates.Load(options.TemplatesDir, said, MarkupLinks.Instance, proven);
        var export = options.ExportPath is { } path ? ExportReader.Read(path, said) : null;
        var previous = options.NoCache ? BuildCache.Empty : BuildCache.Load(state.Folders.CacheFile);
        return (templates, export, previous, said);
    }
}
