using AngleSharp.Html.Parser;

namespace SkillCert.Tests.Integration.Api;

/// <summary>The service's pages answer one person's question: search engines are told not to index them, by header and in the page.</summary>
public class NoindexTests
{
    [Theory]
    [InlineData("/c/" + ExportFixture.ValidNumber)]
    [InlineData("/c/" + ExportFixture.UnknownNumber)]
    [InlineData("/c/X0000")]
    [InlineData("/verify")]
    [InlineData("/verify?number=X0000")]
    [InlineData("/c/" + ExportFixture.ValidNumber + "/certificate")]
    public async Task A_result_page_carries_noindex_in_its_header_and_its_meta_robots(string address)
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(address);
        Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
        using var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("noindex", page.Head!.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }
}
