using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.Core.Signing;
using SkillCert.Core.Verification;
using SkillCert.Rendering.Certificates;
using SkillCert.Rendering.Templates;
using SkillCert.Rendering.Site;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Pages;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>
/// The public view of a certificate, <c>/c/{number}/certificate</c>, rendered through the same template as the printed
/// certificate, under the same verdict as the result page. No part of the ID number is shown: it stays on the printed
/// certificate. The full name and the QR code appear only when the holder was confirmed: by signed claims
/// (<c>?n=&amp;l=&amp;d=&amp;k=&amp;s=</c>, as the QR link carries them) that a published key signed and that match the
/// record, or, for the full name alone, by a matching <c>?name=</c>.
/// </summary>
public static class CertificatePagesApi
{
    /// <summary>What the public view prints in place of the ID number.</summary>
    public const string IdNumberWithheld = "不公开（仅印在纸质证书上）";

    public static IEndpointRouteBuilder MapCertificatePages(this IEndpointRouteBuilder routes)
    {
        // Read and parse the templates now, at start-up, so that a broken template is logged before the first request.
        _ = routes.ServiceProvider.GetRequiredService<PageTemplates>();
        routes.MapGetAndHead("/c/{number}/certificate", GetAsync).WithTags("Pages").RequireRateLimiting(RateLimits.PerClient)
            .WithSummary("The certificate as printed (A4), under its verdict; no ID number; full name only when the holder was confirmed")
            .ProducesHtml(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status308PermanentRedirect)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return routes;
    }

    internal static async Task<Results<ContentHttpResult, CertificateProblem, UnavailableProblem, RedirectHttpResult>> GetAsync(
        string number, string? name, HttpContext http, CertificateQuery query, ExportStore store, PageTemplates pages, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(name) && CanonicalAddress.For(http.Request, "/c/", number, "/certificate", query.Today) is { } canonical)
            return TypedResults.Redirect(canonical, permanent: true, preserveMethod: true);
        if (pages.Templates is not { } templates)
            return new UnavailableProblem($"The certificate view cannot be shown: {pages.Problem}.", "证书页面模板未能加载，请稍后再试。");
        if (NameLimit.Exceeded(name)) return CertificateProblem.Invalid(new() { ["name"] = NameLimit.Errors });
        var claims = QrClaimsInput.From(http, compactPath: false);
        var answer = await query.AskAsync(number, name, claims, cancellationToken).ConfigureAwait(false);
        if (CertificateProblem.For(answer) is { } problem) return problem;

        var verdict = answer.Verdict!;
        var record = verdict.Record!;
        var site = store.Current?.Meta.Site;
        var face = CertificateFace.Of(record.Number, verdict.HolderConfirmed ? record.HolderName : record.MaskedName, record.DocumentType,
            IdNumberWithheld, record.OccupationName, record.Trade, record.Level, record.IssuedOn, answer.InstitutionNameOnIssue ?? record.Institution);
        // The same signed link again, under the address this request came to (the service is the verify URL).
        var qr = verdict.Claims?.IsAuthentic == true && Uri.TryCreate($"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}/", UriKind.Absolute, out var here)
            ? new RawHtml(QrCodeImage.Svg(QrLink.Build(here, claims.Signed!)))
            : RawHtml.Empty;
        var revocation = record is { Status: CertificateStatus.Revoked, RevokedOn: { } on }
            ? new RevocationView(CertificateFace.ChineseDate(on), record.RevocationReason ?? "")
            : null;
        var resultQuery = http.Request.QueryString.HasValue ? http.Request.QueryString.Value : "";
        var page = new CertificatePage(face, templates.Assets.UrlOf("/" + CertificatePage.StylesheetAsset), qr, site?.CertificateQueryUrl, site?.InstitutionQueryUrl,
            PublicView: true, Notice: Notice(verdict), Revocation: revocation,
            ResultUrl: "/c/" + Uri.EscapeDataString(record.Number) + resultQuery,
            Verdict: VerdictView.Of(verdict, record.Number, site?.Center));

        PagesApi.SetHeaders(http, personal: claims.Present || !string.IsNullOrEmpty(name));
        return TypedResults.Content(templates.Render(CertificatePage.TemplateName, page), HtmlResponses.ContentType);
    }

    /// <summary>Why the view shows the name it shows, in the words of the page.</summary>
    private static string Notice(CertificateVerdict verdict) => verdict switch
    {
        { Claims.IsAuthentic: true } => "二维码签名有效，且与证书记录一致，因此显示持证人全名。",
        { Name: NameCheck.Matches } => "您填写的姓名与证书记录一致，因此显示持证人全名。",
        { Claims: not null } => "二维码无法证明其真实性，因此只显示遮盖后的姓名。",
        _ => "仅凭证书编号只能查看遮盖后的姓名。扫描证书上的二维码，或在核验页面填写持证人姓名，核对一致后才显示全名。",
    };
}
