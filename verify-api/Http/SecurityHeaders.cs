using Microsoft.Extensions.Primitives;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// Strict security headers on every response, the site's pages included. They are added when the response
/// starts, so an error page that clears the headers still gets them.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly StringValues Csp = ContentSecurityPolicy;
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues NoReferrer = "no-referrer";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues Hsts = "max-age=31536000";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = Csp;
            headers.XContentTypeOptions = NoSniff;
            headers["Referrer-Policy"] = NoReferrer;
            headers.XFrameOptions = Deny;
            // Only over TLS: a browser ignores HSTS on plain HTTP, and a local run must stay reachable.
            if (http.Request.IsHttps) headers.StrictTransportSecurity = Hsts;
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
