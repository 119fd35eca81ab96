using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.Core.Numbers;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Pages;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>
/// The HTML side of verification, for people: the result page <c>/c/{number}</c> (also the QR target, with signed
/// claims in its query or, compactly, in its path) and <c>/verify</c>, which takes the static site's plain GET form.
/// Every page works without JavaScript and shares the site's templates and escaping.
/// </summary>
public static class PagesApi
{
    private const string Html = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").WithTags("Pages").RequireRateLimiting(RateLimits.PerClient);
        group.MapGet("/verify", VerifyAsync).WithSummary("The site's verify form: a well-formed number goes on to /c/{number}; a malformed one is shown with each field's error");
        group.MapGet("/c/{number}", PageAsync)
            .WithSummary("The result page for a certificate number; with ?name= it checks the name, with QR claims (n, l, d, k, s) it checks their signature");
        group.MapGet("/c/{number}/{level}/{date}/{key}/{holder}/{signature}", (string number, HttpContext http, CertificateQuery query, ExportStore store, PageTemplates templates, CancellationToken ct) =>
                ResultAsync(number, null, QrClaimsInput.From(http, compactPath: true), http, query, store, templates, ct))
            .WithSummary("The result page opened from a certificate's QR code, with its signed claims in the path (version 0, printed before link versions)");
        group.MapGet("/c/{number}/{version}/{level}/{date}/{key}/{holder}/{signature}", (string number, HttpContext http, CertificateQuery query, ExportStore store, PageTemplates templates, CancellationToken ct) =>
                ResultAsync(number, null, QrClaimsInput.From(http, compactPath: true), http, query, store, templates, ct))
            .WithSummary("The result page opened from a certificate's QR code, with its signed claims in the path after the link's version (V1)");
        return routes;
    }

    internal static async Task<Results<RedirectHttpResult, ContentHttpResult>> VerifyAsync(string? number, string? name, HttpContext http,
        CertificateQuery query, ExportStore store, PageTemplates templates, CancellationToken cancellationToken)
    {
        var decoding = CertificateNumber.Decode(number, query.Today);
        if (decoding.WellFormed)
        {
            // One result address per certificate, however the number was typed.
            var target = "/c/" + decoding.Number!.Format();
            if (!string.IsNullOrWhiteSpace(name)) target += "?name=" + Uri.EscapeDataString(name.Trim());
            return TypedResults.Redirect(target);
        }
        return await ResultAsync(number ?? "", name, QrClaimsInput.None, http, query, store, templates, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<Results<RedirectHttpResult, ContentHttpResult>> PageAsync(string number, string? name, HttpContext http,
        CertificateQuery query, ExportStore store, PageTemplates templates, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(name) && CanonicalAddress.For(http.Request, "/c/", number, "", query.Today) is { } canonical)
            return TypedResults.Redirect(canonical, permanent: true, preserveMethod: true);
        return await ResultAsync(number, name, QrClaimsInput.From(http, compactPath: false), http, query, store, templates, cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<ContentHttpResult> ResultAsync(string number, string? name, QrClaimsInput claims, HttpContext http,
        CertificateQuery query, ExportStore store, PageTemplates templates, CancellationToken cancellationToken)
    {
        if (name is { Length: > Core.Verification.HolderName.MaxLength }) name = name[..Core.Verification.HolderName.MaxLength];
        var answer = await query.AskAsync(number, name, claims, cancellationToken).ConfigureAwait(false);
        var page = ResultPages.Build(answer, number, name, claims, store.Current?.Meta.Site);
        var personal = !string.IsNullOrEmpty(name) || claims.Present;
        // A page that may show a full name is for this browser only; the plain page is the same for everyone.
        http.Response.Headers.CacheControl = personal || answer.ETag is null ? "no-store" : "public, max-age=300";
        // An answer to one person's question, not a page for search engines (robots.txt keeps polite crawlers off too).
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        if (!personal && answer.ETag is { } etag)
        {
            http.Response.Headers.ETag = etag;
            if (EntityTags.Matches(http.Request, etag)) return TypedResults.Content(null, Html, statusCode: StatusCodes.Status304NotModified);
        }
        return TypedResults.Content(templates.Render(ResultPages.Template, page), Html, statusCode: page.StatusCode);
    }
}
