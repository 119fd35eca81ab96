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

    /// <summary>
    /// The service's own refusals of a whole request, and a body that breaks HTTP's framing, are problem+json in English and
    /// Chinese with the security headers, like every other answer.
    /// </summary>
    public static TheoryData<string, int> RefusedRequests => new()
    {
        { "GET /api/v1/certificates/" + ExportFixture.ValidNumber + "?name=" + new string('a', 9000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414 },
        { "GET /c/" + ExportFixture.ValidNumber + "?name=" + string.Concat(Enumerable.Repeat("%E5%BC%A0", 7000)) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414 },
        { "GET /healthz HTTP/1.1\r\nHost: x\r\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"X-Field-{i}: {i}\r\n")) + "\r\n", 431 },
        { "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + new string('x', 20 * 1024) + "\r\n\r\n", 431 },
        { "POST /api/v1/lookups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 400 },
        { "POST /api/v1/lookups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400 },
    };

    [Theory]
    [MemberData(nameof(RefusedRequests))]
    public async Task A_refused_request_gets_problem_json_with_the_security_headers(string request, int status)
    {
        await using var app = new VerifyApplication(realKestrel: true);
        app.Client();
        var answer = await RawHttp.SendAsync(app.ServerAddress, RawHttp.Ascii(request));
        Assert.Equal(status, answer.Status);
        Assert.StartsWith("application/problem+json", answer.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("nosniff", answer.Headers["x-content-type-options"]);
        Assert.StartsWith("default-src 'self'", answer.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Contains("\"status\":" + status, answer.Body, StringComparison.Ordinal);
    }

    /// <summary>
    /// What breaks HTTP itself never reaches the service: Kestrel refuses it while parsing, before any middleware, with an
    /// empty answer and Connection: close. This pins that limit down, so a change in it is seen (README, Headers and limits).
    /// </summary>
    [Theory]
    [InlineData("GET /api/v1/certificates/Y0000%0014 HTTP/1.1\r\nHost: x\r\n\r\n")]
    [InlineData("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Nul: a\u0000b\r\n\r\n")]
    public async Task Kestrel_refuses_what_breaks_http_before_the_service_sees_it(string request)
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var client = app.Client();
        var answer = await RawHttp.SendAsync(app.ServerAddress, RawHttp.Ascii(request));
        Assert.Equal(400, answer.Status);
        Assert.Equal("", answer.Body);
        Assert.Equal("close", answer.Headers["connection"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Certificate)).StatusCode);
    }
}
