using Microsoft.Playwright;
using SkillCert.Generator.Certificates;

namespace SkillCert.Tests.Browser.Infrastructure;

/// One headless Debian Chromium for the whole run, driven by Playwright. Nothing is downloaded: a missing
/// browser fails the run with the command that installs it, because in CI a missing browser is a failure.
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumLaunch.ExecutablePath))
            throw new InvalidOperationException($"{ChromiumLaunch.ExecutablePath} is missing; install it with: sudo apt-get install -y chromium (./test.sh does this when it may)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(PlaywrightLaunch.Options());
    }

    /// Another Chromium, started like the shared one plus <paramref name="arguments"/> (a fake camera, say), for the tests
    /// that need a browser started otherwise; the caller disposes it.
    public Task<IBrowser> LaunchAsync(params string[] arguments) => _playwright!.Chromium.LaunchAsync(PlaywrightLaunch.Options(arguments));

    /// A fresh page at a phone or desktop viewport, with or without JavaScript; injectTools lets a test add axe-core,
    /// which the service's strict CSP would otherwise (rightly) block.
    public async Task<IPage> NewPageAsync(Viewport viewport, bool javaScript = true, bool injectTools = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
            IsMobile = viewport.IsPhone,
            HasTouch = viewport.IsPhone,
            BypassCSP = injectTools,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
