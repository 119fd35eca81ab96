using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// Believes X-Forwarded-For and X-Forwarded-Proto only from the proxies named in SkillCert:TrustedProxies, so
/// that behind a reverse proxy the rate limits count real clients and HSTS sees TLS; nobody else can spoof them.
/// </summary>
public static class TrustedProxies
{
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var configured = app.ApplicationServices.GetRequiredService<IOptions<VerifyOptions>>().Value.TrustedProxies;
        var proxies = (configured ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (proxies.Length == 0) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        return app.UseForwardedHeaders(options);
    }
}
