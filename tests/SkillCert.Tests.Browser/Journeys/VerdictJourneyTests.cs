using Microsoft.Playwright;
using SkillCert.Core.Verification;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// Each verdict as a person meets it: its headline first, with its own data-verdict, colour and words, whether the
/// browser runs JavaScript or not, on a phone and on a desktop. Only genuine is green.
[Collection(BrowserCollection.Name)]
public class VerdictJourneyTests(Chromium chromium, LiveSite site)
{
    /// The background of a genuine verdict (verdict.css); no other verdict may wear it.
    private const string Green = "rgb(218, 251, 225)";

    public static TheoryData<Verdict, string, bool> Runs()
    {
        var runs = new TheoryData<Verdict, string, bool>();
        foreach (var verdict in Enum.GetValues<Verdict>())
        foreach (var viewport in new[] { Viewport.Phone.Name, Viewport.Desktop.Name })
        foreach (var javaScript in new[] { true, false })
            runs.Add(verdict, viewport, javaScript);
        return runs;
    }

    private string PathOf(Verdict verdict) => verdict switch
    {
        Verdict.Malformed => "/verify?number=X000014000001223000001",
        Verdict.Inconsistent => "/c/" + site.InconsistentNumber,
        _ => DemoRecords.PathFor(site, VerdictSlugs.Of(verdict)),
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Each_verdict_is_the_first_thing_on_its_page_in_its_own_colour_and_words(Verdict verdict, string viewport, bool javaScript)
    {
        var slug = VerdictSlugs.Of(verdict);
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), javaScript);
        await page.GotoAsync(site.Url(PathOf(verdict)).ToString());

        var headline = page.Locator("[data-verdict]");
        Assert.Equal(1, await headline.CountAsync());
        Assert.Equal(slug, await headline.GetAttributeAsync("data-verdict"));
        Assert.Equal(VerdictWording.Headline(verdict), (await headline.InnerTextAsync()).Replace(VerdictWording.Icon(verdict), "", StringComparison.Ordinal).Trim());

        var box = page.Locator("section.verdict");
        Assert.Contains("verdict-" + slug, await box.GetAttributeAsync("class"), StringComparison.Ordinal);
        var background = await box.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal(verdict == Verdict.Genuine, background == Green);
        Assert.True(await box.IsVisibleAsync());

        // The verdict is the first section of the page, above everything it explains.
        var firstSection = await page.EvaluateAsync<string>("() => document.querySelector('main section').className");
        Assert.Contains("verdict-" + slug, firstSection, StringComparison.Ordinal);
        if (verdict != Verdict.Genuine) Assert.Equal(0, await page.Locator(".checks .check-pass").CountAsync());
        if (viewport == Viewport.Phone.Name && javaScript) await Artifacts.ScreenshotAsync(page, $"verdict-{slug}-phone");
    }
}
