using System.Net;
using System.Text;

namespace SkillCert.Tests.Integration.Api;

public class HostileInputTests
{
    [Theory]
    [InlineData("Y000014000001223000001' OR '1'='1")]
    [InlineData("Y000014000001223000001;DROP TABLE certificates;--")]
    [InlineData("' UNION SELECT holder_name, masked_id FROM certificates --")]
    [InlineData("%00")]
    [InlineData("Y00001400000122300000%001")]
    [InlineData("Y000014000001223000001%00")]
    [InlineData("%C3%28%A0%A1")]
    [InlineData("%FF%FE%FD")]
    [InlineData("%ED%A0%80")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task A_hostile_number_gets_a_clean_400(string number)
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var client = app.Client();
        var response = await client.GetAsync("/api/v1/certificates/" + number);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // Kestrel itself refuses a NUL in the path, with an empty 400; everything that reaches the API gets problem+json.
        if (response.Content.Headers.ContentLength > 0) Assert.Equal("application/problem+json", response.MediaType());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber)).StatusCode);
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("%FF%FE")]
    [InlineData("' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    public async Task A_hostile_name_is_answered_without_echoing_it(string name)
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var response = await app.Client().GetAsync("/api/v1/certificates/" + ExportFixture.ValidNumber + "?name=" + name);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"nameCheck\":\"differs\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("OR 1=1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_kilobyte_number_gets_a_clean_4xx_over_a_real_socket()
    {
        await using var app = new VerifyApplication(realKestrel: true);
        var client = app.Client();
        var response = await client.GetAsync("/api/v1/certificates/" + new string('1', 10 * 1024));
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_seven_kilobyte_number_that_reaches_the_decoder_is_400()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync("/api/v1/certificates/" + new string('1', 7 * 1024));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("number", out _));
    }

    [Fact]
    public async Task A_hostile_lookup_body_gets_a_clean_400()
    {
        await using var app = new VerifyApplication(realKestrel: true);
        using var content = new StringContent("{\"name\": \"' OR 1=1 --\", \"idNumber\": \"1' OR '1'='1\"}", Encoding.UTF8, "application/json");
        var response = await app.Client().PostAsync(new Uri("/api/v1/lookups", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_get_on_the_lookup_address_is_405_and_no_id_number_is_read_from_a_url()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync("/api/v1/lookups?name=x&idNumber=" + ExportFixture.ZhangId);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
