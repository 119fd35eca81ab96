using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using SkillCert.Core.Diagnostics;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// Believes X-Forwarded-For and X-Forwarded-Proto only from the proxies named in SkillCert:TrustedProxies (addresses or
/// CIDR ranges), and only through as many of them as SkillCert:TrustedProxyHops says, so that behind reverse proxies the
/// rate limits count real clients and HSTS sees TLS; nobody else can spoof them. Each hop must itself be trusted: the
/// walk back through X-Forwarded-For stops at the first address that is not.
/// </summary>
public static class TrustedProxies
{
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<IOptions<VerifyOptions>>().Value;
        var entries = Entries(settings.TrustedProxies);
        if (entries.Length == 0) return app;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = settings.TrustedProxyHops,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in entries)
        {
            if (entry.Contains('/', StringComparison.Ordinal)) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            else options.KnownProxies.Add(IPAddress.Parse(entry));
        }
        return app.UseForwardedHeaders(options);
    }

    /// <summary>What is wrong with the settings, one diagnostic per entry, naming the key; empty when they can be used.</summary>
    public static IEnumerable<Diagnostic> Problems(VerifyOptions settings)
    {
        foreach (var entry in Entries(settings.TrustedProxies))
        {
            if (entry.Contains('/', StringComparison.Ordinal) ? System.Net.IPNetwork.TryParse(entry, out _) : IPAddress.TryParse(entry, out _)) continue;
            yield return SettingProblems.NotAnAddress("SkillCert:TrustedProxies", entry);
        }
        if (settings.TrustedProxyHops < 1)
            yield return SettingProblems.TooLow("SkillCert:TrustedProxyHops", settings.TrustedProxyHops, 1,
                new("写前面可信代理的层数，只有一层就写 1", "give the number of trusted proxies in front of the service, 1 for a single one"));
    }

    private static string[] Entries(string? configured) =>
        (configured ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
