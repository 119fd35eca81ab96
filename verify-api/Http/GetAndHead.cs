namespace SkillCert.VerifyApi.Http;

/// <summary>
/// Routes that answer GET and HEAD alike: HEAD gets GET's status and headers without the body (Kestrel drops it), so
/// uptime monitors and link checkers that ask with HEAD see what a browser would.
/// </summary>
public static class GetAndHead
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, Methods, handler);
}
