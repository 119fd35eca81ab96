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
            throw new BuildEnvironmentException(DiagnosticStyle.Current.Say($"内容文件夹 {options.ContentDir} 不存在；请用 --content 指向它",
                $"the content folder {options.ContentDir} does not exist; pass --content DIR"));
        if (!Directory.Exists(options.TemplatesDir))
            throw new BuildEnvironmentException(DiagnosticStyle.Current.Say($"模板文件夹 {options.TemplatesDir} 不存在；请用 --templates 指向它",
                $"the templates folder {options.TemplatesDir} does not exist; pass --templates DIR"));
        OutputGuard.Check(options, state.Folders);
        state.Progress.Started(Name, 0);
        state.Content = ContentLoader.Load(options.ContentDir, options.AsOf, state.Bag, state.Folders.ParseCacheFile, reuse: !options.NoCache);
        // Templates a published build already loaded kept the link rules; a rebuild need not start AngleSharp to say so again.
        var proven = !options.NoCache && File.Exists(state.Folders.ProvenTemplatesFile) ? File.ReadAllText(state.Folders.ProvenTemplatesFile) : null;
        state.Templates = SiteTemplates.Load(options.TemplatesDir, state.Bag, MarkupLinks.Instance, proven);
        if (options.ExportPath is { } export) state.Export = ExportReader.Read(export, state.Bag);
        if (!options.NoCache) state.Previous = BuildCache.Load(state.Folders.CacheFile);
        var content = state.Content;
        var say = DiagnosticStyle.Current;
        state.Progress.Finished(Name, content is null ? say.Say("内容读不出来", "content could not be read")
            : say.Say($"{content.Institutions.Count} 个机构（{content.Reused} 个没有变，读了 {content.Institutions.Count - content.Unread} 个），{content.Catalogue.Occupations.Count} 个职业，{content.Pages.Count} 个页面"
                  + (state.Export is null ? "" : $"，导出文件日期 {state.Export.ExportedAt}"),
                $"{content.Institutions.Count} institutions ({content.Reused} unchanged, {content.Institutions.Count - content.Unread} read), {content.Catalogue.Occupations.Count} occupations, {content.Pages.Count} pages"
                  + (state.Export is null ? "" : $", export of {state.Export.ExportedAt}")));
    }
}
