using System.ComponentModel;
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
    /// <summary>What a bare <c>/verify</c>, or the form sent empty, says in place of a verdict.</summary>
    public const string EmptyFormPrompt =
        "请输入证书编号。编号印在证书上，由 1 位字母（Y 或 S）和 21 位数字组成；同时填写持证人姓名，还可以核对姓名是否一致。";

    private const string PublicCache = "public, max-age=300";

    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").WithTags("Pages").RequireRateLimiting(RateLimits.PerClient);
        group.MapGetAndHead("/verify", VerifyAsync)
            .WithSummary("The site's verify form: a well-formed number goes on to /c/{number}; a malformed one is shown with each field's error; none shows the form")
            .Produces(StatusCodes.Status302Found)
            .ProducesHtml(StatusCodes.Status200OK, StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGetAndHead("/c/{number}", PageAsync)
            .WithSummary("The result page for a certificate number; with ?name= it checks the name, with QR claims (n, l, d, k, s) it checks their signature")
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status308PermanentRedirect)
            .ProducesHtml(StatusCodes.Status200OK, StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .AlsoProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGetAndHead("/c/{number}/{level}/{date}/{key}/{holder}/{signature}", QrPageAsync)
            .WithSummary("The result page opened from a certificate's QR code, with its signed claims in the path (version 0, printed before link versions)")
            .ProducesHtml(StatusCodes.Status200OK, StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .AlsoProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGetAndHead("/c/{number}/{version}/{level}/{date}/{key}/{holder}/{signature}", VersionedQrPageAsync)
            .WithSummary("The result page opened from a certificate's QR code, with its signed claims in the path after the link's version (V1)")
            .ProducesHtml(StatusCodes.Status200OK, StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .AlsoProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return routes;
    }

    internal static async Task<Results<RedirectHttpResult, ContentHttpResult, UnavailableProblem>> VerifyAsync(string? number, string? name,
        HttpContext http, CertificateQuery query, ExportStore store, PageTemplates templates, CancellationToken cancellationToken)
    {
        if (templates.Templates is null) return NoTemplates(templates);
        if (NameLimit.Exceeded(name)) return NameRefused(number, name!, http, store, templates);
        if (string.IsNullOrWhiteSpace(number))
        {
            // Opening the form is not a mistake: it is asked for, gently, at 200.
            return Render(http, templates, ResultPages.Form(EmptyFormPrompt, "", name ?? "", null, StatusCodes.Status200OK, store.Current?.Meta.Site),
                personal: !string.IsNullOrEmpty(name));
        }
        var decoding = CertificateNumber.Decode(number, query.Today);
        if (decoding.WellFormed)
        {
            // One result address per certificate, however the number was typed.
            var target = "/c/" + decoding.Number!.Format();
            if (!string.IsNullOrWhiteSpace(name)) target += "?name=" + Uri.EscapeDataString(name.Trim());
            return TypedResults.Redirect(target);
        }
        return await ResultAsync(number, name, QrClaimsInput.None, http, query, store, templates, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<Results<RedirectHttpResult, ContentHttpResult, UnavailableProblem>> PageAsync(string number, string? name, HttpContext http,
        CertificateQuery query, ExportStore store, PageTemplates templates, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(name) && CanonicalAddress.For(http.Request, "/c/", number, "", query.Today) is { } canonical)
            return TypedResults.Redirect(canonical, permanent: true, preserveMethod: true);
        return await ResultAsync(number, name, QrClaimsInput.From(http, compactPath: false), http, query, store, templates, cancellationToken)
            .ConfigureAwait(false);
    }

    // The claims are read from the raw path as the QR code printed it; the segments are bound to declare the route's parameters.
    internal static Task<Results<RedirectHttpResult, ContentHttpResult, UnavailableProblem>> QrPageAsync(string number, [AsParameters] QrLinkPath claims,
        HttpContext http, CertificateQuery query, ExportStore store, PageTemplates templates, CancellationToken cancellationToken) =>
        ResultAsync(number, null, QrClaimsInput.From(http, compactPath: true), http, query, store, templates, cancellationToken);

    internal static Task<Results<RedirectHttpResult, ContentHttpResult, UnavailableProblem>> VersionedQrPageAsync(string number,
        [Description("The QR link's version, V1")] string version, [AsParameters] QrLinkPath claims,
        HttpContext http, CertificateQuery query, ExportStore store, PageTemplates templates, CancellationToken cancellationToken) =>
        ResultAsync(number, null, QrClaimsInput.From(http, compactPath: true), http, query, store, templates, cancellationToken);

    private static async Task<Results<RedirectHttpResult, ContentHttpResult, UnavailableProblem>> ResultAsync(string number, string? name,
        QrClaimsInput claims, HttpContext http, CertificateQuery query, ExportStore store, PageTemplates templates, CancellationToken cancellationToken)
    {
        if (templates.Templates is null) return NoTemplates(templates);
        if (NameLimit.Exceeded(name)) return NameRefused(number, name!, http, store, templates);
        var answer = await query.AskAsync(number, name, claims, cancellationToken).ConfigureAwait(false);
        var page = ResultPages.Build(answer, number, name, claims, store.Current?.Meta.Site);
        var personal = !string.IsNullOrEmpty(name) || claims.Present;
        if (!personal && answer.ETag is { } answerTag)
        {
            var etag = EntityTags.Html(answerTag);
            http.Response.Headers.ETag = etag;
            if (EntityTags.Matches(http.Request, etag))
            {
                SetHeaders(http, personal: false);
                return TypedResults.Content(null, HtmlResponses.ContentType, statusCode: StatusCodes.Status304NotModified);
            }
        }
        // An answer without a tag is not about a found certificate (not found, malformed, no export): not cached, since a new export may differ.
        return Render(http, templates, page, personal || answer.ETag is null);
    }

    /// <summary>A name longer than any holder's is refused before anything is looked up, as the JSON answer refuses it (400).</summary>
    private static ContentHttpResult NameRefused(string? number, string name, HttpContext http, ExportStore store, PageTemplates templates) =>
        Render(http, templates, ResultPages.Form(NameLimit.MessageZh, number ?? "", NameLimit.Kept(name), NameLimit.MessageZh,
            StatusCodes.Status400BadRequest, store.Current?.Meta.Site), personal: true);

    private static ContentHttpResult Render(HttpContext http, PageTemplates templates, ResultPage page, bool personal)
    {
        SetHeaders(http, personal);
        return TypedResults.Content(templates.Render(ResultPages.Template, page), HtmlResponses.ContentType, statusCode: page.StatusCode);
    }

    internal static void SetHeaders(HttpContext http, bool personal)
    {
        // A page that may show a full name is for this browser only; the plain page is the same for everyone.
        http.Response.Headers.CacheControl = personal ? "no-store" : PublicCache;
        // An answer to one person's question, not a page for search engines (robots.txt keeps polite crawlers off too).
        http.Response.Headers["X-Robots-Tag"] = "noindex";
    }

    internal static UnavailableProblem NoTemplates(PageTemplates templates) =>
        new($"The page cannot be shown: {templates.Problem}.", "页面模板未能加载，请稍后再试。");
}
