using Microsoft.Extensions.FileProviders;
using SkillCert.VerifyApi.Http;

namespace SkillCert.VerifyApi.Site;

/// <summary>
/// The answer for a request that no endpoint and no file matched: the site's 404.html for pages, a Chinese page saying
/// the site is not built when there is none, and a problem+json 404 under <c>/api/</c> and for other methods.
/// </summary>
public sealed class SiteNotFound(RequestDelegate next, IFileProvider files)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var isApi = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        var isPage = !isApi && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method));
        if (isPage && files is NullFileProvider)
        {
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
}
