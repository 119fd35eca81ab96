using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using SkillCert.Rendering.Templates;
using SkillCert.Tests.Integration.Build;

namespace SkillCert.Tests.Integration.Api;

/// <summary>The built site as the service serves it: media types, how long each file may be kept, and the compressed twins.</summary>
public class StaticFilesTests
{
    private const string Page = "<!doctype html><title>评价机构目录</title><h1>评价机构目录</h1><p>全部备案机构</p>";

    /// <summary>The test site, with a fingerprinted and a plain asset, a feed, and the build's twin of its home page.</summary>
    private static VerifyApplication SiteWithTwins(IDictionary<string, string?>? settings = null)
    {
        var app = new VerifyApplication(settings: settings);
        var site = app.SitePath;
        Directory.CreateDirectory(Path.Combine(site, "assets"));
        File.WriteAllText(Path.Combine(site, "assets", "app.0123456789.css"), "body { color: #111; }");
        File.WriteAllText(Path.Combine(site, "assets", "app.css"), "body { color: #111; }");
        File.WriteAllText(Path.Combine(site, "feed.xml"), "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>目录变动</title></feed>");
        File.WriteAllText(Path.Combine(site, "index.html"), Page);
        File.WriteAllBytes(Path.Combine(site, "index.html.gz"), Gzip(Page));
        return app;
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string address, string? acceptEncoding = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_fingerprinted_asset_is_kept_for_a_year_as_immutable()
    {
        await using var app = SiteWithTwins();
        var response = await GetAsync(app.Client(), "/assets/app.0123456789.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task An_asset_without_a_fingerprint_is_kept_for_five_minutes()
    {
        await using var app = SiteWithTwins();
        var response = await GetAsync(app.Client(), "/assets/app.css");
        Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_feed_is_served_as_atom()
    {
        await using var app = SiteWithTwins();
        var response = await GetAsync(app.Client(), "/feed.xml");
        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Pages_are_html_in_utf8()
    {
        await using var app = SiteWithTwins();
        var response = await GetAsync(app.Client(), "/");
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("text/html; charset=utf-8", (await GetAsync(app.Client(), "/no-such-page")).Content.Headers.ContentType!.ToString());
    }

    [Theory]
    [InlineData("gzip, deflate, br")]
    [InlineData("br;q=0, gzip")]
    [InlineData("gzip")]
    [InlineData("*")]
    public async Task A_client_that_takes_gzip_gets_the_builds_gzip_twin(string acceptEncoding)
    {
        await using var app = SiteWithTwins();
        var response = await GetAsync(app.Client(), "/", acceptEncoding);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var twin = await File.ReadAllBytesAsync(Path.Combine(app.SitePath, "index.html.gz"));
        Assert.Equal(twin, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_client_that_takes_brotli_alone_gets_the_page_compressed_as_it_asked()
    {
        // The build writes no Brotli twin; the service's own compression answers such a client.
        await using var app = SiteWithTwins();
        var response = await GetAsync(app.Client(), "/", "br");
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var body = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(body, Encoding.UTF8);
        Assert.Equal(Page, await reader.ReadToEndAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("br;q=0, gzip;q=0")]
    public async Task A_client_that_takes_no_twin_gets_the_file_and_the_vary_header(string? acceptEncoding)
    {
        await using var app = SiteWithTwins();
        var response = await GetAsync(app.Client(), "/", acceptEncoding);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(Page, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_twins_are_cached_apart_from_the_file()
    {
        await using var app = SiteWithTwins();
        var client = app.Client();
        var plain = (await GetAsync(client, "/")).Headers.ETag;
        var gzip = (await GetAsync(client, "/", "gzip")).Headers.ETag;
        Assert.NotNull(plain);
        Assert.NotEqual(plain, gzip);
    }

    [Fact]
    public async Task A_twin_asked_for_by_name_says_its_encoding()
    {
        await using var app = SiteWithTwins();
        var response = await GetAsync(app.Client(), "/index.html.gz", "gzip");
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task A_missing_twin_asked_for_by_name_gets_the_plain_404_page()
    {
        await using var app = SiteWithTwins();
        var response = await GetAsync(app.Client(), "/no-such-page.html.gz");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Without a site, the service's pages still get their styles, under the fingerprinted names they link.</summary>
    [Fact]
    public async Task Without_a_site_the_pages_link_the_templates_assets_under_fingerprints_that_are_served()
    {
        await using var app = new VerifyApplication(settings: new Dictionary<string, string?> { ["SkillCert:Site"] = null });
        var client = app.Client();
        var assets = AssetFingerprints.Read(RepositoryPaths.SiteTemplates);
        using var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/c/" + ExportFixture.ValidNumber, UriKind.Relative)));
        var links = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Contains(assets.UrlOf("/assets/site.css"), links);
        Assert.Contains(assets.UrlOf("/assets/verdict.css"), links);
        foreach (var link in links)
        {
            Assert.True(AssetFingerprints.IsFingerprinted(link), link);
            var response = await GetAsync(client, link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            Assert.Equal(await File.ReadAllBytesAsync(assets.Find(link)!.FilePath), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task The_templates_assets_keep_their_plain_names_too()
    {
        await using var app = new VerifyApplication(settings: new Dictionary<string, string?> { ["SkillCert:Site"] = null });
        var response = await GetAsync(app.Client(), "/assets/certificate.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());
    }
}
