using System.IO.Compression;
using System.Net;

namespace SkillCert.Tests.Integration.Api;

/// <summary>Answers made per request are compressed (br, then gzip) for clients that accept it, and say they vary by it.</summary>
public partial class CompressionTests
{
    [System.Text.RegularExpressions.GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex TraceId();

    private static async Task<(HttpResponseMessage Response, string Text)> GetAsync(HttpClient client, string address, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStreamAsync();
        Stream plain = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            null => body,
            var other => throw new InvalidOperationException("unexpected encoding " + other),
        };
        using var reader = new StreamReader(plain);
        return (response, await reader.ReadToEndAsync());
    }

    [Theory]
    [InlineData("/api/v1/certificates/" + ExportFixture.ValidNumber, "br", "br")]
    [InlineData("/api/v1/certificates/" + ExportFixture.ValidNumber, "gzip", "gzip")]
    [InlineData("/api/v1/certificates/" + ExportFixture.ValidNumber, "gzip, br", "br")]
    [InlineData("/c/" + ExportFixture.ValidNumber, "br", "br")]
    [InlineData("/api/v1/certificates/X0000", "gzip", "gzip")]
    [InlineData("/openapi/v1.json", "br", "br")]
    public async Task A_dynamic_answer_is_compressed_as_the_client_accepts_and_reads_the_same(string address, string acceptEncoding, string expected)
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var client = app.Client();
        var (compressed, text) = await GetAsync(client, address, acceptEncoding);
        var (plain, plainText) = await GetAsync(client, address, null);
        Assert.Equal(expected, Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        // A problem names its request (traceId); everything else reads the same.
        Assert.Equal(TraceId().Replace(plainText, ""), TraceId().Replace(text, ""));
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
    }

    [Fact]
    public async Task A_client_that_accepts_nothing_gets_the_answer_as_it_is()
    {
        await using var app = new VerifyApplication();
        var (response, text) = await GetAsync(app.Client(), "/api/v1/certificates/" + ExportFixture.ValidNumber, "identity");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains(ExportFixture.ValidNumber, text, StringComparison.Ordinal);
    }
}
