using Microsoft.Playwright;
using SkillCert.Generator.Certificates;

namespace SkillCert.Tests.Browser.Infrastructure;

/// Playwright's options for the Chromium that skillcert prints with: the same executable and the same arguments, so the
/// tests see pages as the printer does.
public static class PlaywrightLaunch
{
    public static BrowserTypeLaunchOptions Options(params string[] extra) => new()
    {
        ExecutablePath = ChromiumLaunch.ExecutablePath,
        Headless = true,
        Args = [.. ChromiumLaunch.Arguments, .. extra],
    };
}
