using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.Build;

/// <summary>Checks what needs everything at once (the export against the catalogue), then evaluates the catalogue on the day.</summary>
public sealed class CheckStage : IBuildStage
{
    public string Name => "check";

    public void Run(BuildState state)
    {
        state.Progress.Started(Name, 0);
        if (state.Content is null || state.Templates is null) return;
        if (state.Export is { } export)
        {
            foreach (var seq in export.Statistics.Keys.Order(StringComparer.Ordinal))
            {
                if (state.Content.Catalogue.FindInstitution(seq) is null)
                    state.Bag.Warning(DiagnosticCodes.ExportMismatch, SourceSpot.OfFile(export.File),
                        $"导出文件里有机构 {seq} 的证书，但目录里没有这个机构；它的统计数字不会显示",
                        $"the export has certificates of institution {seq}, which the catalogue does not list; its statistics are not shown");
            }
        }
        if (state.Bag.HasErrors) return;
        state.Catalogue = new CatalogueOnDay(state.Content, state.Options.AsOf, state.Export);
        state.Progress.Finished(Name, DiagnosticPrinter.Summary(state.Bag));
    }
}
