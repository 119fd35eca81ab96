using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Preview;

/// <summary>
/// The preview's web server: Kestrel on 127.0.0.1 only, serving the live preview's pages with the reload script (and,
/// when a check failed, the overlay) added, and its own few addresses under <c>/__skillcert/</c>. A thin shell: what
/// the pages are is decided by <see cref="LivePreview"/>, and the domain knows nothing of HTTP.
/// </summary>
public static class PreviewServer
{
    /// <summary>The pages' own policy, as the verification service sends it: the injected script and style are 'self'.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly ConditionalWeakTable<IReadOnlyList<Diagnostic>, string> Overlays = [];

    public static WebApplication Create(LivePreview preview)
    {
        // The empty builder reads no appsettings.json and no ASPNETCORE_URLS: nothing can move the preview off loopback.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, preview.Options.Port));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.Use(static (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.CacheControl = "no-store";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next(http);
        });
        app.MapGet(PreviewAssets.Events, (HttpContext http) =>
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, app.Lifetime.ApplicationStopping);
            http.Response.RegisterForDispose(stop);
            var path = Uri.UnescapeDataString(http.Request.Query["path"].ToString() is { Length: > 0 } p ? p : "/");
            return TypedResults.ServerSentEvents(Reloads(preview, path, http.Request.Query["token"].ToString(), stop.Token));
        });
        app.MapGet(PreviewAssets.ReloadScript, (HttpContext http) => Kept(http, PreviewAssets.Script, "text/javascript; charset=utf-8"));
        app.MapGet(PreviewAssets.Style, (HttpContext http) => Kept(http, PreviewAssets.Css, "text/css; charset=utf-8"));
        app.MapGet(PreviewAssets.Changes, () => preview.State is { Shown: { } shown } state
            ? Html(StatusChangesPage.Render(shown, PageToken.Of(state, PreviewAssets.Changes)), StatusCodes.Status200OK)
            : Html(ErrorPage(preview.State, PreviewAssets.Changes), StatusCodes.Status503ServiceUnavailable));
        app.MapGet(PreviewAssets.StateJson, () => TypedResults.Text(StateJson(preview), "application/json; charset=utf-8"));
        // Every other address is a file of the site: the default fallback skips addresses with a dot, like /assets/site.css.
        // A RequestDelegate, not a lambda for the Request Delegate Generator: in the native build, the generated fallback
        // kept only the default pattern and answered 404 for every address with a dot (ServeCommandTests on test.sh's native run).
        app.MapFallback("{*path}", http => Serve(http, preview).ExecuteAsync(http));
        return app;
    }

    /// <summary>The address the preview listens on, once started, with a trailing slash.</summary>
    public static string Address(WebApplication app) => app.Urls.First().TrimEnd('/') + "/";

    /// <summary>One "reload" for the page at <paramref name="path"/> as soon as its token differs from the one it was served with.</summary>
    private static async IAsyncEnumerable<string> Reloads(LivePreview preview, string path, string token,
        [EnumeratorCancellation] CancellationToken cancel)
    {
        using var open = preview.Pages.Opened(path, token);
        await foreach (var _ in preview.Signal.Changes(cancel).ConfigureAwait(false))
        {
            if (PageToken.Of(preview.State, path) == token) continue;
            yield return "reload";
            yield break;
        }
    }

    private static IResult Serve(HttpContext http, LivePreview preview)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            return TypedResults.StatusCode(StatusCodes.Status405MethodNotAllowed);
        var state = preview.State;
        var path = http.Request.Path.Value ?? "/";
        if (state.Shown is not { } snapshot) return Html(ErrorPage(state, path), StatusCodes.Status503ServiceUnavailable);
        var status = StatusCodes.Status200OK;
        var output = snapshot.Find(path);
        if (output is null)
        {
            if (snapshot.IsFolder(path)) return TypedResults.Redirect(path + "/" + http.Request.QueryString, permanent: false);
            output = snapshot.Find(Site.SiteUrls.NotFound);
            status = StatusCodes.Status404NotFound;
            if (output is null) return TypedResults.NotFound();
        }
        RenderedFile file;
        try
        {
            file = preview.Files.Get(output);
        }
        catch (TemplateRenderException e)
        {
            return Html(ErrorPage(state with { Problems = [e.Diagnostic] }, path), StatusCodes.Status500InternalServerError);
        }
        if (!output.IsHtml)
        {
            // Assets and data are revalidated by their fingerprint, so a reloaded page costs a 304 for each, not a copy.
            var tag = $"\"{output.Fingerprint}\"";
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.ETag = tag;
            if (http.Request.Headers.IfNoneMatch == tag) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            if (!ContentTypes.TryGetContentType(output.Path, out var type)) type = "application/octet-stream";
            return TypedResults.Bytes(file.Bytes, type);
        }
        var site = snapshot.Catalogue.Content.Catalogue.Site;
        http.Response.Headers.ContentSecurityPolicy = PolicyAllowing(Site.SiteViews.Service(site.BaseUrl, site.VerifyUrl, servedTogether: false));
        var body = new StringBuilder();
        if (snapshot.Today != snapshot.Catalogue.AsOf) body.Append(PageInjection.DayBar(snapshot));
        if (state.Problems.Count > 0) body.Append(Overlay(state));
        return Html(PageInjection.Into(Encoding.UTF8.GetString(file.Bytes), PageToken.Of(state, path), body.ToString()), status);
    }

    /// <summary>
    /// The pages' policy, with the verification service allowed to their forms and scan.js when it answers on another
    /// origin (verify_url): the preview serves no service of its own, so the pages reach the real one, as on a static host.
    /// </summary>
    private static string PolicyAllowing(string service) => service.Length == 0
        ? ContentSecurityPolicy
        : ContentSecurityPolicy.Replace("connect-src 'self'", $"connect-src 'self' {service}/", StringComparison.Ordinal)
            .Replace("form-action 'self'", $"form-action 'self' {service}/", StringComparison.Ordinal);

    /// <summary>The preview's own script and style, named with their version, kept by the browser for good.</summary>
    private static IResult Kept(HttpContext http, byte[] bytes, string type)
    {
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.Bytes(bytes, type);
    }

    /// <summary>The page shown when no page can be: the content has never passed its checks since the preview started.</summary>
    private static string ErrorPage(PreviewState state, string path) =>
        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        "<title>预览暂时无法显示</title>" + PageInjection.Head(PageToken.Of(state, path)) + "</head><body><main class=\"skillcert-page\">" +
        "<h1>预览暂时无法显示</h1><p>内容有错误，还没有可以显示的页面。</p></main>" + Overlay(state) + "</body></html>";

    private static string Overlay(PreviewState state) =>
        Overlays.GetValue(state.Problems, problems => ProblemOverlay.Render(problems, state.Shown is not null,
            state.Shown is { } s && s.Today != s.Catalogue.AsOf ? PreviewAssets.Changes : null));

    private static IResult Html(string html, int status) =>
        TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    private static string StateJson(LivePreview preview)
    {
        var state = preview.State;
        return JsonSerializer.Serialize(new PreviewStateJson(
            Shown: state.Shown is not null,
            Provisional: state.Shown?.IsProvisional == true,
            Checking: state.Checking,
            Errors: state.Problems.Count(p => p.IsError),
            Files: state.Shown?.Plan.Count ?? 0,
            Rendered: preview.Files.RenderCount), CliJson.Context.PreviewStateJson);
    }
}
