using SkillCert.Core.Diagnostics;

namespace SkillCert.VerifyApi.Configuration;

/// <summary>The service's settings, bound from the <c>SkillCert</c> section (command line, environment or appsettings).</summary>
public sealed class VerifyOptions
{
    public const string Section = "SkillCert";

    /// <summary>Path of the SQLite export to serve; replace it by an atomic rename to publish a new one.</summary>
    public string? Export { get; set; }

    /// <summary>Folder of a built static site to serve at <c>/</c>, with its 404.html for unknown pages.</summary>
    public string? Site { get; set; }

    /// <summary>Path of the file holding the 32-byte key of the ID-number hash; without it lookups are unavailable.</summary>
    public string? IdKey { get; set; }

    /// <summary>
    /// Folder of the Scriban templates the HTML pages use; by default the repository's site-templates/ when the
    /// service runs from a checkout, otherwise the copy published beside the service.
    /// </summary>
    public string? Templates { get; set; }

    /// <summary>The language of the service's log messages about its export: zh (the default) or en; SKILLCERT_LANG=en does the same.</summary>
    public string? Language { get; set; }

    /// <summary>The language <see cref="Language"/> names, or else SKILLCERT_LANG, as the command line chooses it.</summary>
    public DiagnosticLanguage MessageLanguage() => LanguageChoice.Of(Language ?? Environment.GetEnvironmentVariable(LanguageChoice.Variable));

    /// <summary>The same language read straight from the configuration, for the lines said before the options are bound or after they are disposed.</summary>
    public static DiagnosticLanguage MessageLanguageOf(IConfiguration configuration) =>
        new VerifyOptions { Language = configuration[$"{Section}:{nameof(Language)}"] }.MessageLanguage();

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// Comma-separated addresses and CIDR ranges of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are
    /// believed. Empty by default: the connection's own address is the client, and forwarded headers are ignored.
    /// </summary>
    public string? TrustedProxies { get; set; }

    /// <summary>How many trusted proxies stand in front of the service (2 for a CDN before nginx); X-Forwarded-For is read back that far.</summary>
    public int TrustedProxyHops { get; set; } = 1;
}
