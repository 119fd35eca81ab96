namespace SkillCert.VerifyApi.Http;

/// <summary>
/// Framework log categories that write request targets with their query strings, where a holder's name
/// travels (<c>?name=</c>). They are held at Warning whatever the configuration says; <see cref="RequestLog"/>
/// writes a request line without the query instead.
/// </summary>
public static class LogPrivacy
{
    public static IReadOnlyList<string> QuietCategories { get; } =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",          // "Request starting GET /…?name=…"
        "Microsoft.AspNetCore.Http.Result.RedirectResult",   // "redirecting to /c/…?name=…"
        "Microsoft.AspNetCore.Server.Kestrel.BadRequests",   // a rejected request line, query included
    ];

    public static ILoggingBuilder HoldQueryStringsBack(this ILoggingBuilder logging)
    {
        foreach (var category in QuietCategories) logging.AddFilter(category, LogLevel.Warning);
        return logging;
    }
}
