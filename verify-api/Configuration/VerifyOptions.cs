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
    /// Folder of the Scriban site templates the HTML pages are rendered with (certificate.html and its assets/).
    /// Default: the nearest site-templates folder at or above the content root, which is the repository's.
    /// </summary>
    public string? Templates { get; set; }

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// Comma-separated addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.
    /// Empty by default: the connection's own address is the client, and forwarded headers are ignored.
    /// </summary>
    public string? TrustedProxies { get; set; }
}
