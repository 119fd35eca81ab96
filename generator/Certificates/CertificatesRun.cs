using System.Diagnostics;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Numbers;
using SkillCert.Generator.Build;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// One <c>skillcert certificates</c> run: check the options and keys (exit 2), load the content and the templates,
/// read the rosters and find every row's certificate in the export (exit 1 on any error, with --out untouched),
/// then render, sign and write the certificates. Revoked certificates are never printed: they are listed instead.
/// </summary>
public static class CertificatesRun
{
    private const string SiteFile = "site.yml";

    public static async Task<int> ExecuteAsync(CertificatesRequest request, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var wanted = WantedNumbers(request, error);
        if (wanted is null) return ExitCodes.UsageError;
        using var inputs = CertificateInputs.Resolve(request, error);
        if (inputs is null) return ExitCodes.UsageError;

        var bag = new DiagnosticBag();
        var loaded = ContentLoader.Load(request.Content, request.AsOf, bag);
        var templates = SiteTemplates.Load(request.Templates, bag, MarkupLinks.Instance);
        if (loaded is not null) RequireQueryAddresses(loaded.Catalogue.Site, Path.Combine(request.Content, SiteFile), bag);
        if (templates is not null) RequireTemplate(templates, bag);
        DiagnosticPrinter.Print(bag, error);
        if (loaded is null || templates is null || bag.HasErrors) return Failed(request, error, bag.ErrorCount);

        var errors = new List<ExportError>();
        var holders = RosterHolders.Read(request.Rosters, loaded.Catalogue, inputs.Export, inputs.IdKey, request.AsOf, errors);
        DiagnosticPrinter.Print(errors.Select(e => e.ToDiagnostic()), error);
        var errorCount = errors.Count(e => !e.IsWarning);
        if (errorCount > 0) return Failed(request, error, errorCount);

        if (wanted.Count > 0)
        {
            var inRosters = holders.Select(h => h.Number).ToHashSet(StringComparer.Ordinal);
            var missing = wanted.Where(n => !inRosters.Contains(n)).ToList();
            if (missing.Count > 0)
            {
                foreach (var n in missing)
                    error.WriteLine($"skillcert certificates: {DiagnosticStyle.Current.Say($"--numbers {n}：{request.Rosters} 的花名册里没有这本证书的行",
                        $"--numbers {n}: no row of the rosters in {request.Rosters} is this certificate")}");
                return ExitCodes.UsageError;
            }
            holders = holders.Where(h => wanted.Contains(h.Number)).ToList();
        }
        var revoked = holders.Where(h => h.Exported.IsRevoked).ToList();
        foreach (var h in revoked)
        {
            error.WriteLine(DiagnosticStyle.Current.Say(
                $"{(wanted.Count > 0 ? "错误" : "跳过")}：{h.Number} 已于 {h.Exported.RevokedOn:yyyy-MM-dd} 撤销（{h.Exported.RevocationReason}）；撤销的证书不打印",
                $"{(wanted.Count > 0 ? "error" : "skipped")}: {h.Number} was revoked on {h.Exported.RevokedOn:yyyy-MM-dd} " +
                $"({h.Exported.RevocationReason}); a revoked certificate is not printed"));
        }
        if (wanted.Count > 0 && revoked.Count > 0) return Failed(request, error, revoked.Count);
        var printing = holders.Where(h => !h.Exported.IsRevoked).ToList();

        try
        {
            using var staged = CertificateOutput.Create(request.Out);
            var batch = new CertificateBatch(templates, loaded.Catalogue.Site, inputs.SigningKey);
            var pages = batch.WriteAll(printing, staged.Staging);
            var stylesheet = Path.Combine(staged.Staging, CertificatePage.StylesheetAsset);
            Directory.CreateDirectory(Path.GetDirectoryName(stylesheet)!);
            File.Copy(Path.Combine(request.Templates, CertificatePage.StylesheetAsset), stylesheet);
            IReadOnlyList<string> files = [.. pages, CertificatePage.StylesheetAsset];
            if (request.Format == CertificateFormat.Pdf)
            {
                var pdfs = printing.Select(h => CertificateBatch.FileName(h.Number, CertificateFormat.Pdf)).ToArray();
                await PdfPrinter.PrintAsync(printing.Select((holder, i) =>
                    (Path.Combine(staged.Staging, pages[i]), Path.Combine(staged.Staging, pdfs[i]), (PdfDocumentInfo?)PdfDocumentInfo.For(holder))).ToArray()).ConfigureAwait(false);
                files = pdfs;
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
            error.WriteLine($"skillcert certificates: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"skillcert certificates: {OptionProblem.CannotWrite(request.Out, e.Message)}");
            return ExitCodes.UsageError;
        }

        var format = request.Format == CertificateFormat.Pdf ? "PDF" : "HTML";
        var skipped = revoked.Count == 0 ? "" : $"; {revoked.Count} revoked not printed";
        output.WriteLine(DiagnosticStyle.Current.Say(
            $"生成了 {printing.Count} 本证书（{format}），写入 {request.Out}{(revoked.Count == 0 ? "" : $"；{revoked.Count} 本已撤销，没有打印")}，" +
            $"用时 {clock.ElapsedMilliseconds} 毫秒；二维码用密钥 {inputs.SigningKey.KeyId} 签名",
            $"rendered {printing.Count} certificate{(printing.Count == 1 ? "" : "s")} as {format} to {request.Out}{skipped} " +
            $"in {clock.ElapsedMilliseconds} ms; QR codes signed with key {inputs.SigningKey.KeyId}"));
        return ExitCodes.Success;
    }

    /// <summary>The --numbers in their formatted form; null after reporting one that is not a certificate number.</summary>
    private static HashSet<string>? WantedNumbers(CertificatesRequest request, TextWriter error)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var typed in request.Numbers)
        {
            var decoding = CertificateNumber.Decode(typed, request.AsOf);
            if (decoding.Number is null)
            {
                error.WriteLine($"skillcert certificates: " + DiagnosticStyle.Current.Say(
                    $"--numbers {typed}：不是证书编号（{string.Join("；", decoding.Errors.Select(e => e.MessageZh))}）",
                    $"--numbers {typed}: not a certificate number ({string.Join("; ", decoding.Errors.Select(e => e.Message))})"));
                return null;
            }
            wanted.Add(decoding.Number.Format());
        }
        return wanted;
    }

    private static void RequireQueryAddresses(SiteSettings site, string siteFile, DiagnosticBag bag)
    {
        // Attachment 6 prints both national query addresses on every certificate.
        if (site.CertificateQueryUrl is null)
            bag.Error(DiagnosticCodes.RequiredField, SourceSpot.OfFile(siteFile), "生成证书需要 certificate_query_url：每张证书上都印着它",
                "certificate_query_url is needed to render certificates: every certificate prints it");
        if (site.InstitutionQueryUrl is null)
            bag.Error(DiagnosticCodes.RequiredField, SourceSpot.OfFile(siteFile), "生成证书需要 institution_query_url：每张证书上都印着它",
                "institution_query_url is needed to render certificates: every certificate prints it");
    }

    private static void RequireTemplate(SiteTemplates templates, DiagnosticBag bag)
    {
        if (!templates.Has(CertificatePage.TemplateName))
            bag.Error(DiagnosticCodes.MissingTemplate, SourceSpot.OfFile(Path.Combine(templates.Directory, CertificatePage.TemplateName)),
                "缺少证书模板；证书是用它生成的", "the certificate template is missing; certificates are rendered through it");
        if (!File.Exists(Path.Combine(templates.Directory, CertificatePage.StylesheetAsset)))
            bag.Error(DiagnosticCodes.MissingTemplate, SourceSpot.OfFile(Path.Combine(templates.Directory, CertificatePage.StylesheetAsset)),
                "缺少证书的样式表；打印版式（A4）在里面", "the certificate stylesheet is missing; the printed layout (A4) lives in it");
    }

    private static int Failed(CertificatesRequest request, TextWriter error, int errors)
    {
        error.WriteLine(FailureLine.Of(new Phrase("生成证书", "certificates"), errors, 0, request.Out, Directory.Exists(request.Out)));
        return ExitCodes.ContentError;
    }
}
