using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Integration.Api;

/// The HTML result page /c/{number}: the answer a person sees, by number, by name or by QR code.
public class ResultPageTests
{
    private static readonly Uri VerifyUrl = new(ExportFixture.Site.VerifyUrl);
    private static readonly QrClaims ZhangClaims = new(ExportFixture.ValidNumber, ExportFixture.ZhangName, 3, new DateOnly(2022, 5, 10));

    private static async Task<(HttpStatusCode Status, IHtmlDocument Page, HttpResponseMessage Response)> GetAsync(string url)
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html), response);
    }

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    private static string Path(string absolute) => new Uri(absolute).PathAndQuery;

    [Fact]
    public async Task A_valid_certificate_is_genuine_and_shows_only_the_masked_name()
    {
        var (status, page, _) = await GetAsync("/c/" + ExportFixture.ValidNumber);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("证书有效", Text(page, ".verdict h2"));
        Assert.Contains("张*明", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangName, page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_carries_the_catalogue_title_from_the_export()
    {
        var (_, page, _) = await GetAsync("/c/" + ExportFixture.ValidNumber);
        Assert.Contains(ExportFixture.Site.Title, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_check_is_listed_with_its_verdict()
    {
        var (_, page, _) = await GetAsync("/c/" + ExportFixture.ValidNumber);
        Assert.Equal(6, page.QuerySelectorAll(".checks .check-pass").Length);
    }

    [Fact]
    public async Task A_revoked_certificate_says_when_and_why()
    {
        var (status, page, _) = await GetAsync("/c/" + ExportFixture.RevokedNumber);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("证书已撤销", Text(page, ".verdict h2"));
        Assert.Contains("2023-01-15", Text(page, ".verdict"), StringComparison.Ordinal);
        Assert.Contains("以欺骗手段取得证书", Text(page, ".verdict"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_number_is_a_404_page_that_says_so()
    {
        var (status, page, _) = await GetAsync("/c/" + ExportFixture.UnknownNumber);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("未查询到该证书", Text(page, ".verdict h2"));
    }

    [Fact]
    public async Task A_malformed_number_from_the_form_shows_each_field_error_next_to_the_input()
    {
        var (status, page, _) = await GetAsync("/verify?number=X00A014000001273000001");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var input = page.QuerySelector("#verify-number")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var errors = page.QuerySelectorAll("#verify-number-errors li").Select(li => li.TextContent).ToArray();
        Assert.Equal(3, errors.Length);
        Assert.Contains(errors, e => e.Contains("第 1 位", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("第 2–5 位", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("发证年份", StringComparison.Ordinal));
        Assert.Equal("X00A014000001273000001", input.GetAttribute("value"));
    }

    [Fact]
    public async Task An_empty_form_asks_for_a_number()
    {
        var (status, page, _) = await GetAsync("/verify?number=");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请输入证书编号", Text(page, "#verify-number-errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_typed_in_full_width_goes_on_to_its_result_page()
    {
        var (status, _, response) = await GetAsync("/verify?number=" + Uri.EscapeDataString("ｙ0000 14-000001 22 3 000001"));
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/c/" + ExportFixture.ValidNumber, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_matching_name_shows_the_full_name()
    {
        var (_, page, _) = await GetAsync($"/c/{ExportFixture.ValidNumber}?name={Uri.EscapeDataString(ExportFixture.ZhangName)}");
        Assert.Contains("一致", Text(page, ".name-check"), StringComparison.Ordinal);
        Assert.Contains(ExportFixture.ZhangName, Text(page, ".facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_name_is_told_so_without_the_full_name()
    {
        var (_, page, _) = await GetAsync($"/c/{ExportFixture.ValidNumber}?name={Uri.EscapeDataString("张三")}");
        Assert.Contains("不一致", Text(page, ".name-check"), StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangName, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_genuine_QR_link_is_authentic_and_shows_the_full_name()
    {
        var (status, page, _) = await GetAsync(Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims))));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("二维码真实", Text(page, ".claims h2"));
        Assert.Contains(ExportFixture.ZhangName, Text(page, ".facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authentic_QR_link_leads_on_to_the_full_certificate_view()
    {
        var (_, page, _) = await GetAsync(Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims))));
        var href = page.QuerySelector(".claims a")!.GetAttribute("href")!;
        Assert.StartsWith($"/c/{ExportFixture.ValidNumber}/certificate?v=1&n=", href, StringComparison.Ordinal);
        var (status, view, _) = await GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ExportFixture.ZhangName, view.QuerySelector("[data-field='holder-name']")?.TextContent);
    }

    [Fact]
    public async Task The_readable_QR_link_form_is_checked_the_same_way()
    {
        var (_, page, _) = await GetAsync(Path(QrLink.BuildReadable(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims))));
        Assert.Equal("二维码真实", Text(page, ".claims h2"));
    }

    [Fact]
    public async Task A_QR_link_with_a_changed_level_is_tampered_and_shows_no_full_name()
    {
        var link = Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims)));
        var (_, page, _) = await GetAsync(link.Replace("/3/20220510/", "/2/20220510/", StringComparison.Ordinal));
        Assert.Equal("二维码已被改动", Text(page, ".claims h2"));
        Assert.DoesNotContain(ExportFixture.ZhangName, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_QR_link_signed_with_the_right_key_but_another_name_does_not_match_the_record()
    {
        var (_, page, _) = await GetAsync(Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims with { Name = "张三" }))));
        Assert.Equal("二维码信息与证书记录不符", Text(page, ".claims h2"));
    }

    [Fact]
    public async Task A_QR_link_signed_by_an_unpublished_key_is_not_trusted()
    {
        using var stranger = SigningKey.Create();
        var (_, page, _) = await GetAsync(Path(QrLink.Build(VerifyUrl, stranger.Sign(ZhangClaims))));
        Assert.Equal("二维码的签名密钥未公布", Text(page, ".claims h2"));
        Assert.DoesNotContain(ExportFixture.ZhangName, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authentic_QR_link_of_a_revoked_certificate_says_revoked()
    {
        var claims = new QrClaims(ExportFixture.RevokedNumber, ExportFixture.LiName, 3, new DateOnly(2022, 5, 10));
        var (_, page, _) = await GetAsync(Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(claims))));
        Assert.Equal("二维码真实，但证书已撤销", Text(page, ".claims h2"));
        Assert.Equal("证书已撤销", Text(page, ".verdict h2"));
    }

    [Fact]
    public async Task Script_in_the_name_is_shown_as_text_never_run()
    {
        var (_, page, _) = await GetAsync($"/c/{ExportFixture.ValidNumber}?name={Uri.EscapeDataString("<script>alert(1)</script>")}");
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector("#verify-name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_plain_page_is_cacheable_and_the_named_page_is_not()
    {
        var (_, _, plain) = await GetAsync("/c/" + ExportFixture.ValidNumber);
        Assert.Equal("public, max-age=300", plain.Headers.CacheControl!.ToString());
        Assert.NotNull(plain.Headers.ETag);
        var (_, _, named) = await GetAsync($"/c/{ExportFixture.ValidNumber}?name={Uri.EscapeDataString("张三")}");
        Assert.True(named.Headers.CacheControl!.NoStore);
        Assert.Null(named.Headers.ETag);
    }
}
