using System.Net;
using AngleSharp.Html.Parser;

namespace SkillCert.Tests.Integration.Api;

/// The site's 找回证书 form, posted to /lookup as a browser posts it without JavaScript, answered with a page.
public class LookupFormTests
{
    private static readonly Uri Lookup = new("/lookup", UriKind.Relative);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string name, string idNumber) =>
        client.PostAsync(Lookup, new FormUrlEncodedContent([new("name", name), new("idNumber", idNumber)]));

    [Fact]
    public async Task The_answer_lists_each_certificate_linking_to_its_result_with_the_name_confirmed()
    {
        await using var app = new VerifyApplication();
        var response = await PostAsync(app.Client(), ExportFixture.ZhangName, ExportFixture.ZhangId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var links = page.QuerySelectorAll(".found-certificates .entry-name a").Select(a => a.GetAttribute("href") ?? "").ToArray();
        var name = Uri.EscapeDataString(ExportFixture.ZhangName);
        Assert.Equal([$"/c/{ExportFixture.ValidNumber}?name={name}", $"/c/{ExportFixture.SecondOfZhangNumber}?name={name}"], links);
        Assert.Equal(["genuine", "genuine"], page.QuerySelectorAll(".found-certificates [data-verdict]").Select(e => e.GetAttribute("data-verdict") ?? ""));
        Assert.Contains("查询到 2 本证书", page.QuerySelector(".lookup-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_person_and_a_wrong_name_get_the_same_page()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        var unknown = await PostAsync(client, ExportFixture.LiName, ExportFixture.WithCheck("14090219991231009"));
        var wrongName = await PostAsync(client, ExportFixture.LiName, ExportFixture.ZhangId);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, wrongName.StatusCode);
        var text = await wrongName.Content.ReadAsStringAsync();
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), text);
        Assert.Contains("未查询到与该姓名和证件号码相符的证书", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_never_carries_the_id_number_or_a_fragment_of_it()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        foreach (var (name, id) in new[] { (ExportFixture.ZhangName, ExportFixture.ZhangId), (ExportFixture.LiName, ExportFixture.ZhangId), ("", ExportFixture.ZhangId) })
        {
            var text = await (await PostAsync(client, name, id)).Content.ReadAsStringAsync();
            Assert.DoesNotContain(ExportFixture.ZhangId[..6], text, StringComparison.Ordinal);
            Assert.DoesNotContain(ExportFixture.ZhangId[^4..], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_answer_page_is_never_stored()
    {
        await using var app = new VerifyApplication();
        var response = await PostAsync(app.Client(), ExportFixture.ZhangName, ExportFixture.ZhangId);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_field_to_correct_is_named_beside_its_input_and_the_name_is_kept()
    {
        await using var app = new VerifyApplication();
        var wrongCheck = ExportFixture.ZhangId[..17] + (ExportFixture.ZhangId[17] == '0' ? '1' : '0');
        var response = await PostAsync(app.Client(), ExportFixture.ZhangName, wrongCheck);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("true", page.QuerySelector("#lookup-id")!.GetAttribute("aria-invalid"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#lookup-id-error")!.TextContent));
        Assert.Equal(ExportFixture.ZhangName, page.QuerySelector("#lookup-name")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#lookup-id")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Too_many_lookups_are_refused_with_a_page_in_Chinese()
    {
        await using var app = new VerifyApplication(settings: new Dictionary<string, string?> { ["SkillCert:RateLimit:LookupPermitsPerMinute"] = "1" });
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, ExportFixture.ZhangName, ExportFixture.ZhangId)).StatusCode);
        var refused = await PostAsync(client, ExportFixture.ZhangName, ExportFixture.ZhangId);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("查询过于频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_lookup_address_shows_the_empty_form_and_reads_nothing_from_the_address()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(new Uri($"/lookup?name={Uri.EscapeDataString(ExportFixture.ZhangName)}&idNumber={ExportFixture.ZhangId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(text);
        var form = page.QuerySelector("form[method=post]")!;
        Assert.EndsWith("/lookup", form.GetAttribute("action"), StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("#lookup-name")!.GetAttribute("value")));
        Assert.Null(page.QuerySelector(".found-certificates"));
        Assert.DoesNotContain(ExportFixture.ZhangName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangId[..6], text, StringComparison.Ordinal);
    }
}
