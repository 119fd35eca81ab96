using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SkillCert.Rendering.Site;
using SkillCert.VerifyApi.Contracts;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Lookups;
using SkillCert.VerifyApi.Pages;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>
/// The site's "找回证书" form, <c>POST /lookup</c>: a holder's certificates by name and ID number, as an HTML page that
/// works without JavaScript. The number travels only in the body, so it is in no URL, history, referrer or log line;
/// the page is never stored, and the form draws on the same strict budget as the JSON lookups.
/// </summary>
public static class LookupPagesApi
{
    public static IEndpointRouteBuilder MapLookupPages(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(LookupPage.AnswerUrl, PostAsync).WithTags("Pages")
            .RequireRateLimiting(RateLimits.PerClient).WithMetadata(RateLimits.Strict, new RejectionPage(WriteTooManyAsync))
            // The form is posted from the static site, which sets no cookie to protect: a lookup changes nothing, and
            // another site that posts it cannot read the answer.
            .DisableAntiforgery()
            .WithSummary("The site's lookup form: a holder's certificates by name and ID number, as a page (the ID number only in the body)")
            .Accepts<LookupFormBody>("application/x-www-form-urlencoded")
            .ProducesHtml(StatusCodes.Status200OK, StatusCodes.Status400BadRequest, StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable)
            .AlsoProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        // A reload of the answer, a shared or bookmarked /lookup: the empty form again rather than a bare 405.
        routes.MapGetAndHead(LookupPage.AnswerUrl, Form).WithTags("Pages")
            .RequireRateLimiting(RateLimits.PerClient)
            .WithSummary("The lookup form, empty, for a browser that opens /lookup itself; nothing is read from the address, so no ID number is taken from a URL")
            .ProducesHtml(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    internal static async Task<IResult> PostAsync([FromForm] string? name, [FromForm] string? idNumber, HttpContext http, HolderLookup lookup,
        ExportStore store, PageTemplates templates, CancellationToken cancellationToken)
    {
        // Every answer is one person's: never stored, never indexed.
        PagesApi.SetHeaders(http, personal: true);
        if (templates.Templates is null) return PagesApi.NoTemplates(templates);
        var outcome = await lookup.AskAsync(name, idNumber, cancellationToken).ConfigureAwait(false);
        var (page, status) = LookupPages.Build(outcome, name, store.Current?.Meta.Site);
        if (outcome.Kind == LookupOutcomeKind.Paused) LookupPausedProblem.SetRetryAfter(http, outcome.UntilTomorrow);
        return TypedResults.Content(templates.Render(LookupPages.Template, page), HtmlResponses.ContentType, statusCode: status);
    }

    internal static Results<ContentHttpResult, UnavailableProblem> Form(HttpContext http, ExportStore store, PageTemplates templates)
    {
        if (templates.Templates is null) return PagesApi.NoTemplates(templates);
        PagesApi.SetHeaders(http, personal: false);
        return TypedResults.Content(templates.Render(LookupPages.Template, LookupPages.Form(store.Current?.Meta.Site)), HtmlResponses.ContentType);
    }

    private static Task WriteTooManyAsync(HttpContext http, int seconds)
    {
        var templates = http.RequestServices.GetRequiredService<PageTemplates>();
        if (templates.Templates is null) return Task.CompletedTask;
        PagesApi.SetHeaders(http, personal: true);
        var page = LookupPages.TooManyRequests(seconds, http.RequestServices.GetRequiredService<ExportStore>().Current?.Meta.Site);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.ContentType = HtmlResponses.ContentType;
        return http.Response.WriteAsync(templates.Render(LookupPages.Template, page));
    }
}
