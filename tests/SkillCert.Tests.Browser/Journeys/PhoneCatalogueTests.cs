using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Journeys;

/// The catalogue on a 390 px phone: a card per institution with every field, search by what a person has at hand (a
/// credit code from a business licence), pages of 50, and filters folded away behind one button.
[Collection(BrowserCollection.Name)]
public class PhoneCatalogueTests(Chromium chromium, LiveSite site, LongCatalogue longCatalogue)
{
    private static ILocator Cards(IPage page, string within = "#listing") => page.Locator($"{within} .entry");

    private static async Task<string[]> SeqsAsync(IPage page, string within = "#listing") =>
        (await page.Locator($"{within} .entry dt:text-is('机构代码') + dd").AllTextContentsAsync()).ToArray();

    private static async Task SearchAsync(IPage page, string query)
    {
        await page.FillAsync("#search-q", query);
        await page.ClickAsync("#search button[type=submit]");
        await page.Locator("#search-results .search-status:not(:text('正在搜索'))").WaitForAsync();
    }

    [Fact]
    public async Task Each_institution_is_a_card_with_every_field_and_nothing_cut()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url("/catalogue/").ToString());
        Assert.Equal(12, await Cards(page).CountAsync());
        foreach (var card in await Cards(page).AllAsync())
        {
            Assert.Equal(["状态", "机构代码", "所在地", "有效期至", "统一社会信用代码", "认定范围"],
                (await card.Locator("dt").AllTextContentsAsync()).Select(t => t.Replace("原", "", StringComparison.Ordinal).Replace("（已失效）", "", StringComparison.Ordinal)));
            await card.ScrollIntoViewIfNeededAsync();
            // A badge, a code or a date that does not fit its box would be cut or broken; each must show whole, on one line.
            foreach (var piece in await card.Locator(".status, .nowrap").AllAsync())
            {
                var whole = await piece.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return e.scrollWidth <= Math.ceil(r.width) && r.right <= window.innerWidth && e.getClientRects().length === 1; }");
                Assert.True(whole, $"\"{await piece.TextContentAsync()}\" is cut or broken on a phone");
            }
            // A scope line may wrap before its levels (五·四·三级), never inside them.
            foreach (var line in await card.Locator(".scope").AllAsync())
            {
                var whole = await line.EvaluateAsync<bool>("e => { const t = e.firstChild, r = document.createRange(); r.setStart(t, t.data.lastIndexOf(' ') + 1); r.setEnd(t, t.data.length); return r.getClientRects().length === 1; }");
                Assert.True(whole, $"the levels of \"{await line.TextContentAsync()}\" break over two lines on a phone");
            }
        }
        await Artifacts.ScreenshotAsync(page, "phone-catalogue-cards");
    }

    [Fact]
    public async Task The_filters_fold_behind_one_button_and_the_first_institution_is_on_the_first_screen()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url("/catalogue/").ToString());
        Assert.Equal(1, await page.Locator("details.filters").CountAsync());
        Assert.False(await page.Locator("details.filters").EvaluateAsync<bool>("d => d.open"));
        Assert.False(await page.Locator("details.filters a").First.IsVisibleAsync());
        var top = await Cards(page).First.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(top < Viewport.Phone.Height, $"the first card starts at {top} px, below the first screen");

        await page.ClickAsync("details.filters summary");
        Assert.True(await page.Locator("details.filters a:text-is('已移出')").IsVisibleAsync());
    }

    [Fact]
    public async Task Searching_by_credit_code_finds_that_institution_alone()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url("/catalogue/").ToString());
        await SearchAsync(page, "91140931ma0hq6u369");
        Assert.Equal(["000007"], await SeqsAsync(page, "#search-results"));
        Assert.False(await page.Locator("#listing").IsVisibleAsync());
        Assert.Contains("q=91140931ma0hq6u369", page.Url, StringComparison.Ordinal);
        Assert.Contains("已移出", await Cards(page, "#search-results").First.TextContentAsync(), StringComparison.Ordinal);
        await Artifacts.ScreenshotAsync(page, "phone-catalogue-search-credit-code");

        await SearchAsync(page, "000003");
        Assert.Equal(["000003"], await SeqsAsync(page, "#search-results"));
        await SearchAsync(page, "忻府区 焊工");
        var both = await SeqsAsync(page, "#search-results");
        Assert.NotEmpty(both);
        Assert.All(await Cards(page, "#search-results").AllTextContentsAsync(), card =>
        {
            Assert.Contains("忻府区", card, StringComparison.Ordinal);
            Assert.Contains("焊工", card, StringComparison.Ordinal);
        });
        await SearchAsync(page, "恒晟重型");
        Assert.Equal(["000001"], await SeqsAsync(page, "#search-results"));
    }

    [Fact]
    public async Task A_word_of_a_name_is_found_whole_and_the_count_says_what_is_shown()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(site.Url("/catalogue/").ToString());
        // 忻州河曲晋河建筑安装工程有限公司 holds 晋河 and 河曲, but not 晋河曲: that name is no answer, and nothing is counted for it.
        await SearchAsync(page, "晋河曲");
        Assert.Contains("没有找到", await page.Locator("#search-results .search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Cards(page, "#search-results").CountAsync());

        await SearchAsync(page, "晋河建");
        Assert.Contains("找到 1 家机构", await page.Locator("#search-results .search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Cards(page, "#search-results").CountAsync());
    }

    [Fact]
    public async Task The_catalogue_pages_fifty_at_a_time_and_so_do_search_results()
    {
        var page = await chromium.NewPageAsync(Viewport.Phone);
        await page.GotoAsync(longCatalogue.Url("/catalogue/").ToString());
        Assert.Equal(50, await Cards(page).CountAsync());
        await page.ClickAsync("nav.pager a[rel=next]");
        await page.WaitForURLAsync("**/catalogue/page/2/");
        Assert.Equal(Enumerable.Range(51, 50).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), await SeqsAsync(page));
        await page.ClickAsync("nav.pager a:text-is('3')");
        await page.WaitForURLAsync("**/catalogue/page/3/");
        Assert.Equal(LongCatalogue.Institutions - 100, await Cards(page).CountAsync());
        Assert.Equal(0, await page.Locator("nav.pager a[rel=next]").CountAsync());

        await SearchAsync(page, "忻州");
        Assert.Contains($"找到 {LongCatalogue.Institutions} 家机构", await page.Locator("#search-results .search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(50, await Cards(page, "#search-results").CountAsync());
        await page.ClickAsync("#search-results nav.pager a:text-is('下一页')");
        await page.WaitForURLAsync("**/catalogue/?q=*&p=2");
        Assert.Equal("000051", (await SeqsAsync(page, "#search-results"))[0]);
        await Artifacts.ScreenshotAsync(page, "phone-catalogue-search-page-2");
    }
}
