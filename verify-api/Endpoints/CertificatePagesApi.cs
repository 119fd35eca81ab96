using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.Core.Signing;
using SkillCert.Core.Verification;
using SkillCert.Generator.Certificates;
using SkillCert.Generator.Rendering;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Pages;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>
/// The public view of a certificate, <c>/c/{number}/certificate</c>, rendered through the same template as the printed
/// certificate. The ID number is always masked. The full name and the QR code appear only with signed claims
/// (<c>?n=&amp;l=&amp;d=&amp;k=&amp;s=</c>, as the QR link carries them) that a published key signed and that match the
/// record; otherwise the page shows the masked name and says that the full view needs the QR code's signed link.
/// </summary>
public static class CertificatePagesApi
{
    private const string PublicCache = "public, max-age=300";

    // A view with the full name must not sit in a shared cache.
    private const string PrivateCache = "private, max-age=300";

    public static IEndpointRouteBuilder MapCertificatePages(this IEndpointRouteBuilder routes)
    {
        // Read and parse the templates now, at start-up, so that a broken template is logged before the first request.
        _ = routes.ServiceProvider.GetRequiredService<PageTemplates>();
        routes.MapGet("/c/{number}/certificate", GetAsync).WithTags("Pages").RequireRateLimiting(RateLimits.PerClient)
            .WithSummary("The certificate as printed (A4), ID number masked; full name and QR code only with valid signed claims")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        routes.MapGet("/" + CertificatePage.StylesheetAsset, Stylesheet).WithTags("Pages").ExcludeFromDescription();
        return routes;
    }

    internal static async Task<Results<ContentHttpResult, ValidationProblem, NotFoundProblem, UnavailableProblem>> GetAsync(
        string number, HttpContext http, CertificateQuery query, ExportStore store, PageTemplates pages, CancellationToken cancellationToken)
    {
        if (pages.Templates is not { } templates)
            return new UnavailableProblem($"The certificate view cannot be shown: {pages.Problem}.", "证书页面模板未能加载，请稍后再试。");
        var answer = await query.AskAsync(number, null, cancellationToken).ConfigureAwait(false);
        switch (answer.Kind)
        {
            case CertificateAnswerKind.Malformed:
                return AnswerProblems.Malformed(answer.Decoding);
            case CertificateAnswerKind.Unavailable:
                return AnswerProblems.NoExport();
            case CertificateAnswerKind.NotFound:
                return AnswerProblems.Unknown(answer.Decoding);
        }

        var record = answer.Record!;
        var queryText = http.Request.QueryString.HasValue ? http.Request.QueryString.Value![1..] : "";
        var signed = queryText.Length == 0 ? null : QrLink.FromQuery(record.Number, queryText);
        var check = signed is null ? null : ClaimsCheck.Check(signed, record, answer.Keys);
        var full = check?.ShowsHolder == true;

        var meta = store.Current?.Meta;
        var face = CertificateFace.Of(record.Number, full ? record.HolderName : record.MaskedName, record.DocumentType, record.MaskedId,
            record.OccupationName, record.Trade, record.Level, record.IssuedOn, answer.View!.Institution.Name ?? record.Institution);
        // The same signed link again, under the address this request came to (the service is the verify URL).
        var qr = full && Uri.TryCreate($"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}/", UriKind.Absolute, out var here)
            ? new RawHtml(QrCodeImage.Svg(QrLink.Build(here, signed!)))
            : RawHtml.Empty;
        var revocation = record is { Status: CertificateStatus.Revoked, RevokedOn: { } on }
            ? new RevocationView(CertificateFace.ChineseDate(on), record.RevocationReason ?? "")
            : null;
        var page = new CertificatePage(face, "/" + CertificatePage.StylesheetAsset, qr, meta?.Site?.CertificateQueryUrl, meta?.Site?.InstitutionQueryUrl,
            PublicView: true, Notice: Notice(check?.Verdict, queryText.Length > 0), Revocation: revocation,
            ResultUrl: "/c/" + Uri.EscapeDataString(record.Number) + (queryText.Length > 0 ? "?" + queryText : ""));

        http.Response.Headers.CacheControl = full ? PrivateCache : PublicCache;
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        return TypedResults.Content(templates.Render(CertificatePage.TemplateName, page), "text/html; charset=utf-8");
    }

    /// <summary>Why the view shows what it shows, in the words of the page.</summary>
    private static string Notice(ClaimsVerdict? standing, bool claimsGiven) => standing switch
    {
        ClaimsVerdict.Authentic or ClaimsVerdict.Revoked => "二维码签名有效，且与证书记录一致，因此显示持证人全名。",
        ClaimsVerdict.Mismatch => "二维码签名有效，但其中的姓名、等级或发证日期与证书记录不一致，因此只显示遮盖后的姓名。",
        ClaimsVerdict.UnknownKey => "二维码的签名密钥不是本系统公布的密钥，无法证明其真实性，因此只显示遮盖后的姓名。",
        ClaimsVerdict.RetiredKey => "二维码的签名密钥在发证日期之前已经停用，无法证明其真实性，因此只显示遮盖后的姓名。",
        ClaimsVerdict.RevokedKey => "二维码的签名密钥已被撤销，它签发的二维码都不可信，因此只显示遮盖后的姓名。",
        ClaimsVerdict.Tampered => "二维码签名与其内容不符，链接可能被改动过，因此只显示遮盖后的姓名。",
        _ when claimsGiven => "链接中的签名信息不完整或已损坏，因此只显示遮盖后的姓名。",
        _ => "仅凭证书编号只能查看遮盖后的姓名。查看完整证书，请扫描证书上的二维码，经签名核验后打开。",
    };

    internal static Results<PhysicalFileHttpResult, NotFound> Stylesheet(HttpContext http, PageTemplates pages)
    {
        if (pages.Asset(CertificatePage.StylesheetAsset) is not { } path) return TypedResults.NotFound();
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.PhysicalFile(path, "text/css; charset=utf-8");
    }
}
