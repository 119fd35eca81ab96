using Microsoft.Playwright;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// How skillcert starts a browser: the system's Chromium (Debian's package), headless, through Playwright. No browser
/// is ever downloaded. The host-resolver rule keeps Chromium from looking up outside hosts, which a print job never needs.
/// </summary>
public static class ChromiumLaunch
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    public static BrowserTypeLaunchOptions Options() => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = Arguments,
    };
}
