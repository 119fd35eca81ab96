using System.Diagnostics;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// One structured line per request at Debug level: method, route pattern, certificate number, status and
/// time. Never the raw path or query, which may carry a name (<c>?name=</c>) or, on QR links, signed claims.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    private const int MaxNumberLogged = 32;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
            var number = context.Request.RouteValues.TryGetValue("number", out var n) && n is string s
                ? (s.Length > MaxNumberLogged ? s[..MaxNumberLogged] + "…" : s) : null;
            // The number is what the client typed: encoded here too, for log sinks that do not go through the console's format.
            Served(logger, LogText.Encode(context.Request.Method)!, route, LogText.Encode(number), context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(100, LogLevel.Debug, "HTTP {Method} {Route} number={Number} -> {Status} in {ElapsedMs:0.000} ms")]
    private static partial void Served(ILogger logger, string method, string route, string? number, int status, double elapsedMs);
}
