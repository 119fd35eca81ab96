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

    private static string VerdictOf(IHtmlDocument page) => page.QuerySelector("[data-verdict]")?.GetAttribute("data-verdict") ?? "";

    private static string Headline(IHtmlDocument page) => page.QuerySelector("[data-verdict]")?.TextContent.Trim() ?? "";

    private static string Row(IHtmlDocument page, string kind) => page.QuerySelector($".checks [data-check='{kind}']")?.ClassName ?? "";

    [Fact]
    public async Task A_number_alone_is_unconfirmed_shows_only_the_masked_name_and_says_to_type_the_name()
    {
        var (status, page, _) = await GetAsync("/c/" + ExportFixture.ValidNumber);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("unconfirmed", VerdictOf(page));
        Assert.Contains("持证人尚未核对", Headline(page), StringComparison.Ordinal);
        Assert.Contains("持证人姓名", Text(page, ".next-steps"), StringComparison.Ordinal);
        Assert.Contains("张*明", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangName, page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_export_the_result_page_says_plainly_that_no_certificate_data_is_loaded()
    {
        await using var app = new VerifyApplication(withExport: false);
        var client = app.Client();
        var response = await client.GetAsync("/c/" + ExportFixture.ValidNumber);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("", VerdictOf(page));
        Assert.Contains("本服务目前没有加载证书数据", Text(page, ".verdict-summary"), StringComparison.Ordinal);
        Assert.DoesNotContain("正在加载", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task The_page_carries_the_catalogue_title_from_the_export()
    {
        var (_, page, _) = await GetAsync("/c/" + ExportFixture.ValidNumber);
        Assert.Contains(ExportFixture.Site.Title, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_a_genuine_verdict_every_row_passes_in_green()
    {
        var (_, page, _) = await GetAsync($"/c/{ExportFixture.ValidNumber}?name={Uri.EscapeDataString(ExportFixture.ZhangName)}");
        Assert.Equal("genuine", VerdictOf(page));
        Assert.Equal(8, page.QuerySelectorAll(".checks .check-pass").Length);
        Assert.Empty(page.QuerySelectorAll(".checks .check-fail, .checks .check-held, .checks .check-todo"));
    }

    [Fact]
    public async Task Under_a_verdict_that_is_not_genuine_no_row_is_green()
    {
        var (_, page, _) = await GetAsync("/c/" + ExportFixture.ValidNumber);
        Assert.Empty(page.QuerySelectorAll(".checks .check-pass"));
        Assert.Contains("check-todo", Row(page, "holder"), StringComparison.Ordinal);
        Assert.Equal(7, page.QuerySelectorAll(".checks .check-held").Length);
    }

    [Fact]
    public async Task A_revoked_certificate_says_when_and_why_and_its_rows_speak_of_the_issue_date()
    {
        var (status, page, _) = await GetAsync("/c/" + ExportFixture.RevokedNumber);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("revoked", VerdictOf(page));
        Assert.Contains("证书已撤销", Headline(page), StringComparison.Ordinal);
        Assert.Contains("2023-01-15", Text(page, ".verdict"), StringComparison.Ordinal);
        Assert.Contains("以欺骗手段取得证书", Text(page, ".verdict"), StringComparison.Ordinal);
        Assert.Equal("发证时的核验情况", Text(page, "#checks-title"));
        Assert.Empty(page.QuerySelectorAll(".checks .check-pass"));
        Assert.Contains("check-fail", Row(page, "record"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_a_revoked_certificate_the_institution_shows_its_standing_on_the_issue_date_and_today_each_labelled()
    {
        var (_, page, _) = await GetAsync("/c/" + ExportFixture.RevokedNumber);
        var labels = page.QuerySelectorAll(".facts .standing-label").Select(l => l.TextContent).ToArray();
        Assert.Equal(["发证时：", "目前："], labels);
        Assert.Empty(page.QuerySelectorAll(".facts .status:not(.status-muted)"));
    }

    [Fact]
    public async Task An_unknown_number_is_a_404_page_that_names_its_institution_and_what_to_do()
    {
        var (status, page, _) = await GetAsync("/c/" + ExportFixture.UnknownNumber);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("not-found", VerdictOf(page));
        Assert.Contains("未查询到该证书", Headline(page), StringComparison.Ordinal);
        var link = page.QuerySelector("#institution-title + p a")!;
        Assert.Equal(ExportFixture.RenamedMachinery, link.TextContent);
        Assert.Equal("/catalogue/000001/", link.GetAttribute("href"));
        Assert.Contains("伪造", Text(page, ".next-steps"), StringComparison.Ordinal);
        Assert.Contains(ExportFixture.Site.Center, Text(page, ".next-steps"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_shows_the_institutions_name_on_its_issue_date_and_its_name_today()
    {
        var (_, page, _) = await GetAsync("/c/" + ExportFixture.ValidNumber);
        var institution = Text(page, ".facts dd:has(a[href='/catalogue/000001/'])");
        Assert.StartsWith("忻州示例机械有限公司", institution, StringComparison.Ordinal);
        Assert.Contains("现名：" + ExportFixture.RenamedMachinery, institution, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_number_of_an_institution_not_in_the_catalogue_names_none()
    {
        var (_, page, _) = await GetAsync("/c/Y000014000099223000001");
        Assert.Equal("not-found", VerdictOf(page));
        Assert.Null(page.QuerySelector("#institution-title"));
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
    public async Task The_matching_name_is_genuine_and_shows_the_full_name()
    {
        var (_, page, _) = await GetAsync($"/c/{ExportFixture.ValidNumber}?name={Uri.EscapeDataString(ExportFixture.ZhangName)}");
        Assert.Equal("genuine", VerdictOf(page));
        Assert.Contains("一致", Text(page, "[data-check='holder']"), StringComparison.Ordinal);
        Assert.Contains(ExportFixture.ZhangName, Text(page, ".facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_name_is_a_name_mismatch_without_the_full_name_or_the_hint_to_type_one()
    {
        var (_, page, _) = await GetAsync($"/c/{ExportFixture.ValidNumber}?name={Uri.EscapeDataString("张三")}");
        Assert.Equal("name-mismatch", VerdictOf(page));
        Assert.Contains("不一致", Headline(page) + Text(page, ".verdict-summary"), StringComparison.Ordinal);
        Assert.Contains("check-fail", Row(page, "holder"), StringComparison.Ordinal);
        Assert.DoesNotContain("在下方填写持证人姓名", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangName, page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_issued_after_its_institution_was_removed_is_inconsistent_and_names_the_failed_check()
    {
        var (_, page, _) = await GetAsync("/c/" + ExportFixture.RemovedInstitutionNumber);
        Assert.Equal("inconsistent", VerdictOf(page));
        Assert.Contains("check-fail", Row(page, "active"), StringComparison.Ordinal);
        Assert.Contains("移出", Text(page, ".verdict-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_genuine_QR_link_is_genuine_and_shows_the_full_name()
    {
        var (status, page, _) = await GetAsync(Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims))));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("genuine", VerdictOf(page));
        Assert.Contains("check-pass", Row(page, "claims"), StringComparison.Ordinal);
        Assert.Contains(ExportFixture.ZhangName, Text(page, ".facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authentic_QR_link_leads_on_to_the_full_certificate_view()
    {
        var (_, page, _) = await GetAsync(Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims))));
        var href = page.QuerySelector(".verdict a")!.GetAttribute("href")!;
        Assert.StartsWith($"/c/{ExportFixture.ValidNumber}/certificate?v=1&n=", href, StringComparison.Ordinal);
        var (status, view, _) = await GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ExportFixture.ZhangName, view.QuerySelector("[data-field='holder-name']")?.TextContent);
    }

    [Fact]
    public async Task The_readable_QR_link_form_is_checked_the_same_way()
    {
        var (_, page, _) = await GetAsync(Path(QrLink.BuildReadable(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims))));
        Assert.Equal("genuine", VerdictOf(page));
    }

    [Fact]
    public async Task A_QR_link_with_a_changed_level_is_tampered_first_and_shows_no_full_name()
    {
        var link = Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims)));
        var (_, page, _) = await GetAsync(link.Replace("/3/20220510/", "/2/20220510/", StringComparison.Ordinal));
        Assert.Equal("tampered", VerdictOf(page));
        Assert.Equal("tampered", page.QuerySelectorAll("[data-verdict]").Single().GetAttribute("data-verdict"));
        Assert.Contains("二维码已被改动", Text(page, "[data-check='claims']"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".checks .check-pass"));
        Assert.DoesNotContain(ExportFixture.ZhangName, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_QR_link_signed_with_the_right_key_but_another_name_is_tampered()
    {
        var (_, page, _) = await GetAsync(Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims with { Name = "张三" }))));
        Assert.Equal("tampered", VerdictOf(page));
        Assert.Contains("二维码信息与证书记录不符", Text(page, "[data-check='claims']"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_QR_link_signed_by_an_unpublished_key_is_tampered_and_says_which()
    {
        using var stranger = SigningKey.Create();
        var (_, page, _) = await GetAsync(Path(QrLink.Build(VerifyUrl, stranger.Sign(ZhangClaims))));
        Assert.Equal("tampered", VerdictOf(page));
        Assert.Contains("未公布", Text(page, ".verdict-summary"), StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangName, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_QR_link_is_tampered()
    {
        var link = Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(ZhangClaims)));
        var (_, page, _) = await GetAsync(link[..^3] + "!!!");
        Assert.Equal("tampered", VerdictOf(page));
        Assert.Contains("不完整", Text(page, "[data-check='claims']"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authentic_QR_link_of_a_revoked_certificate_is_revoked()
    {
        var claims = new QrClaims(ExportFixture.RevokedNumber, ExportFixture.LiName, 3, new DateOnly(2022, 5, 10));
        var (_, page, _) = await GetAsync(Path(QrLink.Build(VerifyUrl, ExportFixture.Signer.Sign(claims))));
        Assert.Equal("revoked", VerdictOf(page));
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
