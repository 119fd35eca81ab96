using System.Net;

namespace SkillCert.Tests.Integration.Api;

public class PrivacyTests
{
    private static string Query(string number, string? name = null) =>
        "/api/v1/certificates/" + number + (name is null ? "" : "?name=" + Uri.EscapeDataString(name));

    [Fact]
    public async Task A_number_alone_shows_the_masked_name_and_never_the_full_name()
    {
        await using var app = new VerifyApplication();
        var text = await (await app.Client().GetAsync(Query(ExportFixture.ValidNumber))).Content.ReadAsStringAsync();
        Assert.Contains("\"maskedName\":\"张*明\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangName, text, StringComparison.Ordinal);
        Assert.DoesNotContain("nameCheck", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_answer_carries_any_part_of_the_id_number()
    {
        await using var app = new VerifyApplication();
        var client = app.Client();
        foreach (var number in new[] { ExportFixture.ValidNumber, ExportFixture.RevokedNumber, ExportFixture.SecondOfZhangNumber })
        {
            var text = await (await client.GetAsync(Query(number, ExportFixture.ZhangName))).Content.ReadAsStringAsync();
            Assert.DoesNotContain(ExportFixture.ZhangId[..6], text, StringComparison.Ordinal);
            Assert.DoesNotContain(ExportFixture.ZhangId[^4..], text, StringComparison.Ordinal);
            Assert.DoesNotContain("********", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_right_name_adds_nameCheck_matches_and_the_full_name()
    {
        await using var app = new VerifyApplication();
        var body = await (await app.Client().GetAsync(Query(ExportFixture.ValidNumber, ExportFixture.ZhangName))).JsonAsync();
        Assert.Equal("matches", body.GetProperty("nameCheck").GetString());
        Assert.Equal(ExportFixture.ZhangName, body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_name_is_compared_after_trimming_and_nfkc()
    {
        await using var app = new VerifyApplication();
        var body = await (await app.Client().GetAsync(Query(ExportFixture.ValidNumber, "\u3000" + ExportFixture.ZhangName + " "))).JsonAsync();
        Assert.Equal("matches", body.GetProperty("nameCheck").GetString());
    }

    [Fact]
    public async Task A_wrong_name_gets_nameCheck_differs_and_no_full_name()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(Query(ExportFixture.ValidNumber, "张三"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"nameCheck\":\"differs\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangName, text, StringComparison.Ordinal);
        Assert.False((await response.JsonAsync()).TryGetProperty("name", out _));
    }

    [Fact]
    public async Task A_name_longer_than_any_holder_name_is_400_on_the_name_field()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(Query(ExportFixture.ValidNumber, new string('张', 65)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Sequential_numbers_without_names_give_only_masked_names()
    {
        await using var app = new VerifyApplication(writeExport: p => ExportFixture.Write(p, extraCertificates: 50));
        var client = app.Client();
        for (var serial = 1; serial <= 60; serial++)
        {
            var response = await client.GetAsync(Query($"Y000014000001245{serial:000000}"));
            if (response.StatusCode == HttpStatusCode.NotFound) continue;
            var text = await response.Content.ReadAsStringAsync();
            Assert.False((await response.JsonAsync()).TryGetProperty("name", out _));
            Assert.DoesNotContain("赵六", text, StringComparison.Ordinal);
        }
    }
}
