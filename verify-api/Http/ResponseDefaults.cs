using Microsoft.Net.Http.Headers;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// What every answer says about caching, unless its endpoint said more: <c>Cache-Control</c> (an error is not stored, any
/// other answer is revalidated before reuse), and <c>Vary: Accept-Encoding</c>, since any answer may be sent compressed.
/// Added when the response starts, like the security headers.
/// </summary>
public sealed class ResponseDefaults(RequestDelegate next)
{
    public const string ErrorCache = "no-store";

    public const string OtherCache = "no-cache";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = ((HttpContext)state).Response;
            var headers = response.Headers;
            if (headers.CacheControl.Count == 0) headers.CacheControl = response.StatusCode >= 400 ? ErrorCache : OtherCache;
            if (!headers.Vary.Any(v => v is not null && v.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
                headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
