using Microsoft.Playwright;
using SkillCert.Demo;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// A visitor finds the demo's batch in publicity from the home page or the navigation, reads its counts, period, place and
/// where to object, and finds no name on it; after its period the notice says so, and still shows no name.
[Collection(BrowserCollection.Name)]
public class PublicityJourneyTests(Chromium chromium, LiveSite site)
{
    private static readonly string Notice = "/publicity/" + DemoRosters.LiveBatch.Replace(".yml", "/", StringComparison.Ordinal);

    /// The names in the live batch's roster, as the demo exported it: the list posted at the place, never on the web.
    private List<string> RosterNames()
    {
        var lines = File.ReadAllLines(Path.Combine(site.Demo.Rosters!, DemoRosters.LiveBatch.Replace(".yml", ".csv", StringComparison.Ordinal)))
            .Select(l => l.Split(',')).ToList();
        var header = lines.FindIndex(cells => cells.Contains("姓名"));
        var column = Array.IndexOf(lines[header], "姓名");
        var names = lines.Skip(header + 1).Where(c => c.Length > column && int.TryParse(c[0], out _)).Select(c => c[column]).ToList();
        Assert.True(names.Count >= 5, $"{names.Count} names in the live batch's roster");
        return names;
    }

    private async Task AssertNoNameAsync(IPage page)
    {
        var html = await page.ContentAsync();
        var shown = RosterNames().Where(n => html.Contains(n, StringComparison.Ordinal)).ToList();
        Assert.True(shown.Count == 0, $"{page.Url} shows {string.Join("、", shown)}");
    }

    [Theory]
    [MemberData(nameof(Viewport.NamesWithAndWithoutJavaScript), MemberType = typeof(Viewport))]
    public async Task A_notice_in_its_period_is_found_from_the_home_page_with_its_counts_and_where_to_object_and_no_name(string viewport, bool javaScript)
    {
        var page = await chromium.NewPageAsync(Viewport.Named(viewport), javaScript);
        await page.GotoAsync(site.Url("/").ToString());
        await page.Locator($"main a[href='{Notice}']").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(Notice, StringComparison.Ordinal));
        Assert.Equal("公示中", (await page.Locator("#state-title").InnerTextAsync()).Trim());
        Assert.Equal(5, await page.Locator("table.counts tbody tr").CountAsync());
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("公司办公楼一层公告栏及各车间公示栏", main, StringComparison.Ordinal);
        Assert.Contains("受理单位", main, StringComparison.Ordinal);
        Assert.True(await page.Locator("main a[href='/catalogue/000001/']").IsVisibleAsync());
        await AssertNoNameAsync(page);
        if (viewport == Viewport.Phone.Name && javaScript) await Artifacts.ScreenshotAsync(page, "publicity-running-phone");
    }

    [Fact]
    public async Task The_navigation_leads_to_the_listing_of_running_notices()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url("/catalogue/").ToString());
        await page.Locator("header nav a[href='/publicity/']").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/publicity/", StringComparison.Ordinal));
        Assert.Equal("page", await page.Locator("header nav a[href='/publicity/']").GetAttributeAsync("aria-current"));
        Assert.True(await page.Locator($"section[aria-labelledby='running-title'] a[href='{Notice}']").IsVisibleAsync());
        await AssertNoNameAsync(page);
    }

    [Theory]
    [MemberData(nameof(Viewport.Names), MemberType = typeof(Viewport))]
    public async Task A_notice_after_its_period_says_it_has_ended_and_shows_no_name(string viewport)
    {
        // The live batch's period ends three days after the live site's day; ten days on, it is over but still listed.
        await using var later = SiteOnLaterDay.Start(site, LiveSite.AsOf.AddDays(10));
        var page = await chromium.NewPageAsync(Viewport.Named(viewport));
        await page.GotoAsync(later.Url("/publicity/").ToString());
        Assert.Equal(0, await page.Locator("section[aria-labelledby='running-title'] a").CountAsync());
        await page.Locator($"section[aria-labelledby='ended-title'] a[href='{Notice}']").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(Notice, StringComparison.Ordinal));
        Assert.Equal("公示期已结束", (await page.Locator("#state-title").InnerTextAsync()).Trim());
        Assert.Contains("异议受理已于", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoNameAsync(page);
        if (viewport == Viewport.Phone.Name) await Artifacts.ScreenshotAsync(page, "publicity-ended-phone");
    }
}
