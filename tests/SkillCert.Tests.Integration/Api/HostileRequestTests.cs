using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;

namespace SkillCert.Tests.Integration.Api;

/// <summary>
/// Requests built to break the service, sent over a real socket: each gets a clean 4xx (problem+json, or Kestrel's
/// empty refusal for what never reaches the application), never a 5xx, and the next ordinary request still succeeds.
/// HostileInputTests covers hostile numbers and names; this covers bodies, content types, methods and sizes.
/// </summary>
public class HostileRequestTests
{
    private const string Certificate = "/api/v1/certificates/" + ExportFixture.ValidNumber;

    private static HttpRequestMessage Build(string kind)
    {
        HttpRequestMessage Post(string path, HttpContent content) => new(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        ByteArrayContent Bytes(byte[] body, string type)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            return content;
        }
        return kind switch
        {
            "json-body-of-a-megabyte" => Post("/api/v1/lookups", new StringContent($"{{\"name\":\"{new string('张', 350_000)}\",\"idNumber\":\"1\"}}", Encoding.UTF8, "application/json")),
            "json-as-text-plain" => Post("/api/v1/lookups", new StringContent($"{{\"name\":\"{ExportFixture.ZhangName}\",\"idNumber\":\"{ExportFixture.ZhangId}\"}}", Encoding.UTF8, "text/plain")),
            "xml-body" => Post("/api/v1/lookups", new StringContent("<lookup><name>张三明</name></lookup>", Encoding.UTF8, "application/xml")),
            "multipart-body" => Post("/api/v1/lookups", new MultipartFormDataContent { { new StringContent("张三明"), "name" } }),
            "no-content-type" => Post("/api/v1/lookups", Bytes("{\"name\":\"张三明\"}"u8.ToArray(), "application/octet-stream")),
            "json-nested-two-thousand-deep" => Post("/api/v1/lookups", new StringContent(new string('[', 2000), Encoding.UTF8, "application/json")),
            "json-with-invalid-utf8" => Post("/api/v1/lookups", Bytes([.. "{\"name\":\""u8, 0xC3, 0x28, 0xFF, .. "\",\"idNumber\":\"1\"}"u8], "application/json; charset=utf-8")),
            "json-with-nul" => Post("/api/v1/lookups", new StringContent("{\"name\":\"\\u0000\",\"idNumber\":\"\\u0000' OR 1=1 --\"}", Encoding.UTF8, "application/json")),
            "json-of-the-wrong-shape" => Post("/api/v1/lookups", new StringContent("[\"张三明\", 140902]", Encoding.UTF8, "application/json")),
            "post-to-a-certificate" => Post(Certificate, new StringContent("{}", Encoding.UTF8, "application/json")),
            "put-to-a-certificate" => new HttpRequestMessage(HttpMethod.Put, new Uri(Certificate, UriKind.Relative)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") },
            "nul-in-the-path-with-a-name" => new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/certificates/Y000014%00000001223000001?name=%00", UriKind.Relative)),
            "ten-kilobyte-name" => new HttpRequestMessage(HttpMethod.Get, new Uri(Certificate + "?name=" + new string('a', 10 * 1024), UriKind.Relative)),
            "ten-kilobyte-header" => new HttpRequestMessage(HttpMethod.Get, new Uri(Certificate, UriKind.Relative)) { Headers = { { "X-Padding", new string('x', 20 * 1024) } } },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown hostile request"),
        };
    }

    [Theory]
    [InlineData("json-body-of-a-megabyte", HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("json-as-text-plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("xml-body", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("multipart-body", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("no-content-type", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("json-nested-two-thousand-deep", HttpStatusCode.BadRequest)]
    [InlineData("json-with-invalid-utf8", HttpStatusCode.BadRequest)]
    [InlineData("json-with-nul", HttpStatusCode.BadRequest)]
    [InlineData("json-of-the-wrong-shape", HttpStatusCode.BadRequest)]
    [InlineData("post-to-a-certificate", HttpStatusCode.MethodNotAllowed)]
    [InlineData("put-to-a-certificate", HttpStatusCode.MethodNotAllowed)]
    [InlineData("nul-in-the-path-with-a-name", HttpStatusCode.BadRequest)]
    [InlineData("ten-kilobyte-name", HttpStatusCode.RequestUriTooLong)]
    [InlineData("ten-kilobyte-header", HttpStatusCode.RequestHeaderFieldsTooLarge)]
    public async Task A_hostile_request_gets_a_clean_4xx_and_the_service_keeps_answering(string kind, HttpStatusCode expected)
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var client = app.Client();
        using var request = Build(kind);
        var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0) Assert.Equal("application/problem+json", response.MediaType());
        Assert.DoesNotContain(ExportFixture.ZhangId, body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Certificate)).StatusCode);
        Assert.DoesNotContain(app.Logs, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    /// <summary>
    /// Script and markup typed into the number or the name, on every address that may show them: the JSON API, the
    /// /verify redirect, the result page /c/{number}, the certificate view with a QR code's claims (whose signature is
    /// wrong here: the page shows the tamper verdict and links back to the result page with the claims as given) and
    /// the site's pages. Add any new page that shows a number or a name to <see cref="PagesShowingInput"/>.
    /// </summary>
    public static TheoryData<string> PagesShowingInput => new()
    {
        "/api/v1/certificates/{number}?name={name}",
        "/api/v1/numbers/{number}",
        "/verify?number={number}&name={name}",
        "/c/{number}?name={name}",
        "/c/{number}/certificate?n={name}&l=3&d=2023-06-30&k=k1&s=AAAA",
        "/{number}?name={name}",
    };

    [Theory]
    [MemberData(nameof(PagesShowingInput))]
    public async Task Markup_and_script_in_the_number_and_the_name_never_reach_a_page_unescaped(string address)
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var client = app.Client();
        foreach (var (number, name) in new[]
                 {
                     ("<script>alert(1)</script>", "<script>alert(2)</script>"),
                     (ExportFixture.ValidNumber, "\"><img src=x onerror=alert(3)>"),
                     ("Y000014000001223000001'\"><svg onload=alert(4)>", "javascript:alert(5)//</title><script>alert(6)</script>"),
                 })
        {
            var path = address.Replace("{number}", Uri.EscapeDataString(number), StringComparison.Ordinal)
                .Replace("{name}", Uri.EscapeDataString(name), StringComparison.Ordinal);
            var response = await client.GetAsync(path);
            Assert.InRange((int)response.StatusCode, 200, 499);
            var body = await response.Content.ReadAsStringAsync();
            foreach (var raw in new[] { "<script>alert", "<img src=x", "<svg onload", "</title><script>" })
                Assert.DoesNotContain(raw, body, StringComparison.OrdinalIgnoreCase);
            if (response.Headers.Location is { } location)
                Assert.DoesNotContain("<", location.OriginalString, StringComparison.Ordinal);
            if (response.MediaType() != "text/html") continue;
            using var page = new HtmlParser().ParseDocument(body);
            Assert.All(page.Scripts, s => Assert.StartsWith("/assets/", s.Source ?? "(inline script)", StringComparison.Ordinal));
            Assert.Empty(page.QuerySelectorAll("[onerror], [onload], img[src='x']"));
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Certificate)).StatusCode);
    }
}
