using Microsoft.AspNetCore.Http.Features;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// The service's limits on the request target and the headers, answered as problem+json with the security headers (414,
/// 431) and a Chinese reason. Kestrel's own limits are set higher (<see cref="ServerRequestLineSize"/>, …) and stay as a
/// backstop: what passes them reaches this middleware, and only what breaks them gets Kestrel's bare answer, with no body.
/// </summary>
public sealed class RequestLimits(RequestDelegate next)
{
    /// <summary>Far longer than any link the service prints, a QR link with a long name included.</summary>
    public const int MaxTargetLength = 8 * 1024;

    public const int MaxHeadersSize = 16 * 1024;

    public const int MaxHeaderCount = 50;

    public const int ServerRequestLineSize = 64 * 1024;

    public const int ServerHeadersSize = 32 * 1024;

    public const int ServerHeaderCount = 100;

    public Task InvokeAsync(HttpContext context)
    {
        var targetLength = TargetLength(context);
        if (targetLength > MaxTargetLength)
        {
            return Refuse(context, StatusCodes.Status414UriTooLong, "URI too long",
                $"The request target has {targetLength} characters; at most {MaxTargetLength} are read.", "请求地址过长",
                $"请求地址（含查询参数）不能超过 {MaxTargetLength} 个字符。核验证书只需证书编号，以及不超过 64 个字符的姓名；请检查链接是否完整、正确。");
        }
        var (count, size) = Measure(context.Request.Headers);
        if (count > MaxHeaderCount || size > MaxHeadersSize)
        {
            return Refuse(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request header fields too large",
                $"The request has {count} header fields of {size} bytes; at most {MaxHeaderCount} fields of {MaxHeadersSize} bytes in all are read.",
                "请求头过大", $"请求头不能超过 {MaxHeaderCount} 项、共 {MaxHeadersSize} 字节。请清除本站的 Cookie 后重试，或换用其他浏览器。");
        }
        return next(context);
    }

    /// <summary>The request target as sent; a host that keeps no raw target (the test server) gives its path and query.</summary>
    private static int TargetLength(HttpContext context)
    {
        if (context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw) return raw.Length;
        return (context.Request.PathBase.Value?.Length ?? 0) + (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0);
    }

    /// <summary>Header fields and their size as sent, one "name: value" line each.</summary>
    private static (int Count, int Size) Measure(IHeaderDictionary headers)
    {
        int count = 0, size = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                count++;
                size += name.Length + (value?.Length ?? 0) + 4;
            }
        }
        return (count, size);
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail, string titleZh, string detailZh)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = ResponseDefaults.ErrorCache;
        return ProblemWriter.WriteAsync(context, ProblemWriter.Problem(status, title, detail, titleZh, detailZh));
    }
}
