using Microsoft.Playwright;
using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Certificates;

/// The printed certificate's type and seal as Chromium lays them out for print: every Chinese line is set in the
/// Song-style serif the stylesheet names (Noto Serif CJK, from Debian's fonts-noto-cjk), never in a sans fallback, and
/// the place of the institution's seal is a blank ring over its name and the issue date.
[Collection(BrowserCollection.Name)]
public sealed class CertificateFaceTests(Chromium chromium, LiveSite site)
{
    private readonly PrintedCertificates printed = PrintedCertificates.For(site, chromium);

    private const float PixelsPerMm = 96f / 25.4f;

    /// Elements whose text is Chinese: the title, the statement, each label and value, the issuer, the date, the seal's mark.
    private static readonly string[] ChineseText =
    [
        ".heading h1", ".statement", ".field dt", "[data-field='holder-name']", "[data-field='document-type']", "[data-field='occupation']",
        "[data-field='level']", "[data-field='institution']", ".issued-on", ".seal-mark", ".qr figcaption",
    ];

    private async Task<IPage> OpenAsync(string number)
    {
        var page = await printed.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 794, Height = 1123 } });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.GotoAsync(printed.PageUrl(number));
        return page;
    }

    /// The faces Chromium drew an element's text with, as DevTools reports them (CSS.getPlatformFontsForNode).
    private static async Task<List<string>> PlatformFontsAsync(IPage page, ICDPSession cdp, int root, string selector)
    {
        var found = await cdp.SendAsync("DOM.querySelectorAll", new() { ["nodeId"] = root, ["selector"] = selector });
        var faces = new List<string>();
        foreach (var node in found!.Value.GetProperty("nodeIds").EnumerateArray())
        {
            var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new() { ["nodeId"] = node.GetInt32() });
            faces.AddRange(fonts!.Value.GetProperty("fonts").EnumerateArray().Select(f => f.GetProperty("familyName").GetString()!));
        }
        Assert.True(faces.Count > 0, $"{selector} drew no text on {page.Url}");
        return faces;
    }

    [Fact]
    public async Task Every_Chinese_line_is_printed_in_Noto_Serif_CJK_never_in_a_sans_face()
    {
        var page = await OpenAsync(printed.Numbers()[0]);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument", new() { ["depth"] = -1 });
        var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        foreach (var selector in ChineseText)
        {
            var faces = await PlatformFontsAsync(page, cdp, root, selector);
            Assert.All(faces, face =>
            {
                Assert.StartsWith("Noto Serif CJK", face, StringComparison.Ordinal);
                Assert.DoesNotContain("Sans", face, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task The_seal_is_a_blank_ring_over_the_institutions_name_and_the_issue_date()
    {
        var page = await OpenAsync(printed.Numbers()[0]);
        var seal = (await page.Locator(".seal").BoundingBoxAsync())!;
        var name = (await page.Locator("[data-field='institution']").BoundingBoxAsync())!;
        var date = (await page.Locator("[data-field='issued-on']").BoundingBoxAsync())!;
        var sheet = (await page.Locator(".sheet").BoundingBoxAsync())!;
        Assert.InRange(seal.Width / PixelsPerMm, 38, 46);
        Assert.Equal(seal.Width, seal.Height, 0.5);
        Assert.Equal("50%", await page.Locator(".seal").EvaluateAsync<string>("e => getComputedStyle(e).borderTopLeftRadius"));
        static bool Overlaps(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) => a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
        Assert.True(Overlaps(seal, name), "the seal's ring does not cross the institution's name");
        Assert.True(Overlaps(seal, date), "the seal's ring does not cross the issue date");
        Assert.True(seal.X >= sheet.X && seal.Y >= sheet.Y && seal.X + seal.Width <= sheet.X + sheet.Width && seal.Y + seal.Height <= sheet.Y + sheet.Height,
            "the seal lies outside the A4 sheet");
        // Blank for the physical seal: the ring holds nothing but its small mark, and no picture.
        Assert.Equal("印章", (await page.Locator(".seal").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator(".seal img, .seal svg").CountAsync());
    }
}
