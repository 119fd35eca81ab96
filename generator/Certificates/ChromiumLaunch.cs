using PuppeteerSharp;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// How skillcert starts a browser: the system's Chromium (Debian's package), headless, over its DevTools protocol. No browser
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

    public static LaunchOptions Options() => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        // PuppeteerSharp joins the arguments into one command line, so one that holds spaces (the resolver rule) is quoted.
        Args = [.. Arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)],
    };
}
