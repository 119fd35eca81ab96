using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace SkillCert.Tests.Integration.Api;

public class LookupsApiTests
{
    private static readonly Uri Lookups = new("/api/v1/lookups", UriKind.Relative);

    private static Task<HttpResponseMessage> Look(HttpClient client, string? name, string? idNumber) =>
        client.PostAsJsonAsync(Lookups, new { name, idNumber });

    [Fact]
    public async Task A_name_and_id_number_find_every_certificate_of_the_holder()
    {
        await using var app = new VerifyApplication();
        var response = await Look(app.Client(), ExportFixture.ZhangName, ExportFixture.ZhangId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(2, body.GetProperty("found").GetInt32());
        Assert.Equal([ExportFixture.ValidNumber, ExportFixture.SecondOfZhangNumber],
            body.GetProperty("certificates").EnumerateArray().Select(c => c.GetProperty("number").GetString()));
    }

    [Fact]
    public async Task The_id_number_may_be_typed_with_spaces_full_width_and_a_lower_case_x()
    {
        await using var app = new VerifyApplication();
        var typed = " " + string.Concat(ExportFixture.ZhangId[..6].Select(c => (char)(c + 0xFEE0))) + " " + ExportFixture.ZhangId[6..].ToLowerInvariant();
        var body = await (await Look(app.Client(), ExportFixture.ZhangName, typed)).JsonAsync();
        Assert.Equal(2, body.GetProperty("found").GetInt32());
    }

    [Fact]
    public async Task An_unknown_person_and_a_wrong_name_get_the_same_answer()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        var unknown = await Look(client, "周八", ExportFixture.WithCheck("14090219991231009"));
        var wrongName = await Look(client, "张三", ExportFixture.ZhangId);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, wrongName.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await wrongName.Content.ReadAsStringAsync());
        Assert.Equal(0, (await wrongName.JsonAsync()).GetProperty("found").GetInt32());
    }

    [Fact]
    public async Task The_answer_never_carries_the_id_number_or_a_fragment_of_it()
    {
        await using var app = new VerifyApplication();
        var text = await (await Look(app.Client(), ExportFixture.ZhangName, ExportFixture.ZhangId)).Content.ReadAsStringAsync();
        Assert.DoesNotContain(ExportFixture.ZhangId[..6], text, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangId[^4..], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lookup_answer_is_never_cached()
    {
        await using var app = new VerifyApplication();
        var response = await Look(app.Client(), ExportFixture.ZhangName, ExportFixture.ZhangId);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_missing_name_and_id_number_are_400_with_both_fields()
    {
        await using var app = new VerifyApplication();
        var response = await Look(app.Client(), " ", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("idNumber", out _));
    }

    [Fact]
    public async Task A_resident_id_with_a_wrong_check_character_is_400_without_repeating_it()
    {
        await using var app = new VerifyApplication();
        var wrong = ExportFixture.ZhangId[..17] + (ExportFixture.ZhangId[17] == '0' ? '1' : '0');
        var response = await Look(app.Client(), ExportFixture.ZhangName, wrong);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(wrong[..6], text, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong[^4..], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        await using var app = new VerifyApplication();
        using var content = new StringContent($"name={ExportFixture.ZhangName}&idNumber={ExportFixture.ZhangId}", Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await app.Client().PostAsync(Lookups, content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Broken_json_is_400()
    {
        await using var app = new VerifyApplication();
        using var content = new StringContent("{\"name\": \"张三明\", \"idNumber\": ", Encoding.UTF8, "application/json");
        var response = await app.Client().PostAsync(Lookups, content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_four_kilobytes_is_413()
    {
        await using var app = new VerifyApplication(realKestrel: true);
        using var content = new StringContent($"{{\"name\": \"{new string('张', 3000)}\", \"idNumber\": \"1\"}}", Encoding.UTF8, "application/json");
        var response = await app.Client().PostAsync(Lookups, content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_id_key_lookups_are_503()
    {
        await using var app = new VerifyApplication(withIdKey: false);
        var response = await Look(app.Client(), ExportFixture.ZhangName, ExportFixture.ZhangId);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
    }
}
