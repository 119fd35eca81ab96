using System.Diagnostics;
using SkillCert.Core.Batches;
using SkillCert.Core.Catalogue;
using SkillCert.Generator.Build;
using SkillCert.Generator.Certificates;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Forms;

/// <summary>
/// One <c>skillcert forms</c> run: check the options (exit 2), load the content and the templates, read and check every
/// batch of the rosters (exit 1 on any error, with --out untouched), then write each institution's 附件1, each batch's
/// 附件3 and 附件4, and the 公示 list of each batch whose review passed, into a staging folder, and move them into --out
/// only when all of them were made.
/// </summary>
public static class FormsRun
{
    public static async Task<int> ExecuteAsync(FormsRequest request, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        if (OpenExport(request, error) is not { } export) return ExitCodes.UsageError;

        var bag = new DiagnosticBag();
        var loaded = ContentLoader.Load(request.Content, request.AsOf, bag);
        var templates = SiteTemplates.Load(request.Templates, bag, MarkupLinks.Instance);
        if (templates is not null) RequireTemplates(templates, bag);
        DiagnosticPrinter.Print(bag, error);
        if (loaded is null || templates is null || bag.HasErrors) return Failed(request, error, bag.ErrorCount);

        var errors = new List<ExportError>();
        var batches = FormBatchReader.Read(request.Rosters, loaded.Catalogue, export, request.AsOf, errors);
        foreach (var batch in batches) WarnOfPublicity(batch, errors);
        DiagnosticPrinter.Print(errors.Select(e => e.ToDiagnostic()), error);
        var errorCount = errors.Count(e => !e.IsWarning);
        if (errorCount > 0) return Failed(request, error, errorCount);

        var institutions = loaded.Catalogue.Institutions;
        try
        {
            using var staged = CertificateOutput.Create(request.Out);
            var writer = new FormWriter(templates, staged.Staging);
            foreach (var institution in institutions)
            {
                var form = FilingForm.Of(institution, loaded.Catalogue, request.AsOf);
                writer.Write(FormFiles.OfInstitution(institution.Seq), FormFiles.Filing, form, form.Name, FormFiles.FilingTemplate,
                    path => FilingWorkbook.Write(form, path));
            }
            foreach (var batch in batches) WriteBatch(writer, batch, loaded.Catalogue.Site);
            var stylesheet = Path.Combine(staged.Staging, FormFiles.Stylesheet);
            Directory.CreateDirectory(Path.GetDirectoryName(stylesheet)!);
            File.Copy(Path.Combine(request.Templates, FormFiles.Stylesheet), stylesheet);
            IReadOnlyList<string> files = [.. writer.Workbooks, .. writer.Pages, FormFiles.Stylesheet];
            if (request.Format == CertificateFormat.Pdf)
            {
                var pdfs = writer.Pages.Select(p => Path.ChangeExtension(p, ".pdf")).ToArray();
                await PdfPrinter.PrintAsync(writer.Pages.Zip(pdfs, (html, pdf) => (Path.Combine(staged.Staging, html), Path.Combine(staged.Staging, pdf), (PdfDocumentInfo?)null)).ToArray())
                    .ConfigureAwait(false);
                files = [.. writer.Workbooks, .. pdfs];
            }
            staged.Publish(files);
        }
        catch (TemplateRenderException e)
        {
            DiagnosticPrinter.Print([e.Diagnostic], error);
            return Failed(request, error, 1);
        }
        catch (PdfPrintException e)
        {
            error.WriteLine($"skillcert forms: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"skillcert forms: {OptionProblem.CannotWrite(request.Out, e.Message)}");
            return ExitCodes.UsageError;
        }

        var format = request.Format == CertificateFormat.Pdf ? "PDF" : "HTML";
        var lists = batches.Count(b => b.MayBePublicised);
        if (!DiagnosticStyle.Current.English)
        {
            output.WriteLine($"写好了 {batches.Count} 个批次的表格（附件3、附件4）、{lists} 份公示名单和 {institutions.Count} 份备案表（附件1），" +
                $"XLSX 和 {format} 格式，写入 {request.Out}，用时 {clock.ElapsedMilliseconds} 毫秒");
            return ExitCodes.Success;
        }
        output.WriteLine($"wrote the forms of {batches.Count} batch{(batches.Count == 1 ? "" : "es")} (附件3, 附件4), {lists} 公示 list{(lists == 1 ? "" : "s")} and {institutions.Count} " +
            $"filing form{(institutions.Count == 1 ? "" : "s")} (附件1) as XLSX and {format} to {request.Out} in {clock.ElapsedMilliseconds} ms");
        return ExitCodes.Success;
    }

    private static void WriteBatch(FormWriter writer, FormBatch batch, SiteSettings site)
    {
        var folder = FormFiles.OfBatch(batch.Institution.Seq, batch.Batch);
        var summary = SummaryForm.Of(batch);
        writer.Write(folder, FormFiles.Summary, summary, summary.Unit, FormFiles.SummaryTemplate, path => SummaryWorkbook.Write(summary, path));
        var roster = RosterForm.Of(batch);
        writer.Write(folder, FormFiles.Roster, roster, roster.Unit, FormFiles.RosterTemplate, path => RosterWorkbook.Write(roster, path));
        if (!batch.MayBePublicised) return;
        var publicity = PublicityList.Of(batch, site);
        writer.Write(folder, FormFiles.Publicity, publicity, publicity.Unit, FormFiles.PublicityTemplate, path => PublicityWorkbook.Write(publicity, path));
    }

    // Only results the city centre's review passed are publicised; a list with blanks is for a period not yet set.
    private static void WarnOfPublicity(FormBatch batch, List<ExportError> errors)
    {
        if (!batch.MayBePublicised)
            errors.Add(ExportError.Warning(DiagnosticCodes.BatchNotIssued, batch.RosterDisplay, $"批次 {batch.Batch} {batch.Status.Label}，不写公示名单：审核通过后才能公示，" +
                $"审核通过后在 {batch.Batch}.yml 中写明 review（outcome: 通过），再运行 skillcert forms",
                $"batch {batch.Batch} is {BatchStateNames.Slug(batch.Status.State)}, so no publicity list is written: results are made public once reviewed; " +
                $"then give review (outcome: 通过) in {batch.Batch}.yml and run skillcert forms again"));
        else if (batch.Lifecycle.Publicity is null)
            errors.Add(ExportError.Warning(DiagnosticCodes.BatchNotIssued, batch.RosterDisplay, $"批次 {batch.Batch} 还没有公示安排（{batch.Batch}.yml 中的 publicity: {{from, to, place}}）：" +
                "公示名单的起止日期和地点留空，请手工填写",
                $"batch {batch.Batch} has no publicity arrangement yet (publicity: {{from, to, place}} in {batch.Batch}.yml): " +
                "the list's dates and place are left blank to fill in by hand"));
    }

    /// <summary>The export, open read-only, once every folder and file named exists; null after reporting a usage error.</summary>
    private static PreviousExport? OpenExport(FormsRequest request, TextWriter error)
    {
        PreviousExport? Usage(Phrase message)
        {
            CommandRefusal.Print(error, "forms", message);
            return null;
        }
        if (!Directory.Exists(request.Rosters)) return Usage(OptionProblem.NoFolder("--rosters", request.Rosters));
        if (!Directory.Exists(request.Content)) return Usage(OptionProblem.NoFolder("--content", request.Content));
        if (!Directory.Exists(request.Templates)) return Usage(OptionProblem.NoFolder("--templates", request.Templates));
        if (File.Exists(request.Out)) return Usage(OptionProblem.IsAFile("--out", request.Out, new("表格", "forms")));
        var outParent = Path.GetDirectoryName(Path.GetFullPath(request.Out))!;
        if (!Directory.Exists(outParent)) return Usage(OptionProblem.NoParent("--out", request.Out, outParent));
        if (!File.Exists(request.Export)) return Usage(OptionProblem.NoExport(request.Export));
        try
        {
            return PreviousExport.Open(request.Export);
        }
        catch (InvalidDataException e)
        {
            return Usage(new Phrase($"--export {request.Export}：{e.Message}", $"--export {request.Export}: {e.Message}"));
        }
    }

    private static void RequireTemplates(SiteTemplates templates, DiagnosticBag bag)
    {
        foreach (var name in FormFiles.Templates.Where(t => !templates.Has(t)))
            bag.Error(DiagnosticCodes.MissingTemplate, SourceSpot.OfFile(Path.Combine(templates.Directory, name)),
                "缺少表格的模板；打印的表格是用它生成的", "a form's template is missing; the printed forms are rendered through it");
        if (!File.Exists(Path.Combine(templates.Directory, FormFiles.Stylesheet)))
            bag.Error(DiagnosticCodes.MissingTemplate, SourceSpot.OfFile(Path.Combine(templates.Directory, FormFiles.Stylesheet)),
                "缺少表格的样式表；打印版式（A4）在里面", "the forms' stylesheet is missing; the printed layout (A4) lives in it");
    }

    private static int Failed(FormsRequest request, TextWriter error, int errors)
    {
        error.WriteLine(FailureLine.Of(new Phrase("生成表格", "forms"), errors, 0, request.Out, Directory.Exists(request.Out)));
        return ExitCodes.ContentError;
    }
}
