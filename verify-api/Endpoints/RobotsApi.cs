using SkillCert.VerifyApi.Http;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>
/// The service's own <c>/robots.txt</c>, on the verify host: crawlers stay off the result pages, the certificate views,
/// the verify form's target and the API, which answer one person's question and must not be indexed. It is an endpoint,
/// so it wins over a robots.txt in the site the service may also serve (the demo's): that one allows everything, which
/// on this host would open <c>/c/</c> to crawlers, and what it adds, the sitemap, names the site's own host.
/// </summary>
public static class RobotsApi
{
    public const string Text = "User-agent: *\nDisallow: /c/\nDisallow: /api/\nDisallow: /verify\n";

    public static IEndpointRouteBuilder MapRobots(this IEndpointRouteBuilder routes)
    {
        routes.MapGetAndHead("/robots.txt", (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "public, max-age=86400";
                return TypedResults.Text(Text, "text/plain; charset=utf-8");
            })
            .WithTags("Site").ExcludeFromDescription();
        return routes;
    }
}
