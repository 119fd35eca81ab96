using Microsoft.Playwright;

namespace SkillCert.Tests.Browser.Infrastructure;

/// Every message a page's browser logs about a Content-Security-Policy or a cross-origin request it refused.
internal static class PolicyRefusals
{
    /// Starts collecting now; the list grows as the page logs.
    public static List<string> Of(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.Contains("CORS", StringComparison.Ordinal))
                refused.Add(message.Text);
        };
        return refused;
    }
}
