using Microsoft.Extensions.FileProviders;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Http;

namespace SkillCert.VerifyApi.Site;

/// <summary>
/// The answer for a request that no endpoint and no file matched: the site's 404.html for pages; without a site here, a
/// redirect to the same page at the export's <c>base_url</c> when the catalogue is published on another host, else a
/// Chinese page saying the site is not built; and a problem+json 404 under <c>/api/</c> and for other methods.
/// </summary>
public sealed class SiteNotFound(RequestDelegate next, IFileProvider files)
{
    public async Task InvokeAsync(HttpContext context, ExportStore store)
    {
        if (context.GetEndpoint() is not null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        // A page that is missing now may be published with the next build.
        context.Response.Headers.CacheControl = "no-store";
        var isApi = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        var isPage = !isApi && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method));
        if (isPage && files is NullFileProvider)
        {
            if (CatalogueAddress(context, store) is { } catalogue)
            {
                // The site is published elsewhere (a static host or CDN at base_url, verify_url here): the pages'
                // navigation and institution links lead there. Not cached, since the deployment may change.
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = catalogue;
                return;
            }
            // No site at all: a person at the home page is told so, in Chinese, not handed JSON.
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = SiteMissingPage.Html.Length;
            context.Response.Headers.CacheControl = "no-store";
            if (HttpMethods.IsHead(context.Request.Method)) return;
            await context.Response.Body.WriteAsync(SiteMissingPage.Html, context.RequestAborted).ConfigureAwait(false);
            return;
        }
        // The disk is asked for 404.html only when the answer could be that page.
        if (isPage && files.GetFileInfo(SiteHosting.NotFoundPage) is { Exists: true } page)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = page.Length;
            if (HttpMethods.IsHead(context.Request.Method)) return;
            await context.Response.SendFileAsync(page, context.RequestAborted).ConfigureAwait(false);
            return;
        }
        await ProblemWriter.WriteAsync(context, ProblemWriter.Problem(StatusCodes.Status404NotFound, "Not found",
            "Nothing is served at this address.", "未找到", "此地址没有内容。")).ConfigureAwait(false);
    }

    /// <summary>
    /// The same address on the catalogue's host, from the loaded export's <c>base_url</c>, for a browser's navigation;
    /// null for other requests, without an export, or when that host is this one (the site should be here and is missing, so the page says so instead of looping).
    /// </summary>
    private static string? CatalogueAddress(HttpContext context, ExportStore store)
    {
        // Only a navigation is sent on: an image or a script of the service's own pages (the favicon) stays here, where
        // the pages' policy allows it.
        if (!context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)) return null;
        if (store.Current?.Meta.Site?.BaseUrl is not { } baseUrl || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var site)) return null;
        if (site.Scheme is not ("http" or "https") || string.Equals(site.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)) return null;
        return new Uri(site, context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString).AbsoluteUri;
    }
}
