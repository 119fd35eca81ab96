using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Forms;

namespace SkillCert.Generator.RosterTemplates;

/// <summary>
/// One <c>skillcert roster-template</c> run: load the content, find the institution, and write its blank roster with
/// the drop-down lists of its scope on --as-of. An institution that may not certify that day gets no template (exit 1):
/// every row of it would be refused.
/// </summary>
public static class RosterTemplateRun
{
    public static int Execute(RosterTemplateRequest request, TextWriter output, TextWriter error)
    {
        var outDir = Path.GetDirectoryName(Path.GetFullPath(request.Out))!;
        var say = DiagnosticStyle.Current;
        if (!Directory.Exists(outDir)) return Usage(error, OptionProblem.NoParent("--out", request.Out, outDir));
        if (Directory.Exists(request.Out))
            return Usage(error, new Phrase($"--out {request.Out} 是一个文件夹；请给出要写的 .xlsx 文件名", $"--out {request.Out} is a folder; name the .xlsx file to write"));
        if (!request.Out.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return Usage(error, new Phrase($"--out {request.Out}：请给出 .xlsx 文件名，导出读的是 .xlsx", $"--out {request.Out}: name an .xlsx file, which the export reads"));
        if (!Directory.Exists(request.Content)) return Usage(error, OptionProblem.NoFolder("--content", request.Content));

        var bag = new DiagnosticBag();
        var loaded = ContentLoader.Load(request.Content, request.AsOf, bag);
        DiagnosticPrinter.Print(bag, error);
        if (loaded is null || bag.HasErrors)
        {
            error.WriteLine(FailureLine.Of(new Phrase("生成花名册模板", "roster-template"), bag.ErrorCount, bag.Items.Count - bag.ErrorCount, request.Out, File.Exists(request.Out)));
            return ExitCodes.ContentError;
        }
        var catalogue = loaded.Catalogue;
        if (catalogue.FindInstitution(request.Institution) is not { } institution)
            return Usage(error, new Phrase($"--institution {request.Institution}：{Path.Combine(request.Content, "institutions")} 里没有这个序号的评价机构；请给出六位序号，例如 000001",
                $"--institution {request.Institution}: no institution has this seq in {Path.Combine(request.Content, "institutions")}; give the six-digit seq, like 000001"));

        var status = institution.StatusOn(request.AsOf);
        if (!status.MayCertify)
        {
            CommandRefusal.Print(error, "roster-template", new Phrase(
                $"{request.AsOf:yyyy-MM-dd} 评价机构 {institution.Seq} 的状态是“{status.Label}”（{status.Cause}），不能认定，那天的花名册会被拒绝；" +
                "请用 --as-of 给出它状态为“有效”的一天",
                $"on {request.AsOf:yyyy-MM-dd} institution {institution.Seq} is {status.Label} ({status.Cause}) " +
                "and may not certify, so a roster of that day would be refused; give --as-of a day on which it was 有效"));
            return ExitCodes.ContentError;
        }
        var choices = ScopeChoices.Of(institution, catalogue, request.AsOf);
        var scope = FilingScopeLine.ListOf(institution, catalogue, request.AsOf);
        var name = institution.NameOn(request.AsOf);
        // Written beside --out and renamed over it, so that a file already there stays whole if the write fails.
        var temporary = Path.Combine(outDir, $".{Path.GetFileName(request.Out)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = File.Create(temporary)) RosterTemplateWorkbook.Write(name, institution.Seq, request.AsOf, choices, scope, stream);
            File.Move(temporary, request.Out, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return Usage(error, OptionProblem.CannotWrite(request.Out, e.Message));
        }
        if (!say.English)
        {
            output.WriteLine($"写好了 {institution.Seq} {name} 的花名册模板 {request.Out}：按它 {request.AsOf:yyyy-MM-dd} 的备案范围，" +
                $"{choices.Occupations.Count} 个职业、{choices.Trades.Count} 个工种选项、{choices.Levels.Count} 个等级");
            return ExitCodes.Success;
        }
        output.WriteLine($"wrote the roster template of {institution.Seq} {name} to {request.Out}: {choices.Occupations.Count} occupation" +
            $"{(choices.Occupations.Count == 1 ? "" : "s")}, {choices.Trades.Count} 工种 choices and {choices.Levels.Count} level" +
            $"{(choices.Levels.Count == 1 ? "" : "s")} from its scope on {request.AsOf:yyyy-MM-dd}");
        return ExitCodes.Success;
    }

    private static int Usage(TextWriter error, Phrase message)
    {
        CommandRefusal.Print(error, "roster-template", message);
        return ExitCodes.UsageError;
    }
}
