using System.Net;
using SkillCert.Core.Signing;
using SkillCert.Tests.Integration.Faults;

namespace SkillCert.Tests.Integration.Api;

/// <summary>The daily budget of wrong names per certificate (SkillCert:RateLimit:WrongNamesPerCertificate, 5 by default).</summary>
public class NameBudgetTests
{
    private const string Certificates = "/api/v1/certificates/";
    private const int Cap = 5;

    private static VerifyApplication WithDefaultBudgets() => new(settings: VerifyApplication.DefaultBudgets());

    private static async Task<string> NameCheckAsync(HttpClient client, string number, string name) =>
        (await (await client.GetAsync($"{Certificates}{number}?name={Uri.EscapeDataString(name)}")).JsonAsync()).GetProperty("nameCheck").GetString()!;

    /// <summary>Spends what is left of the certificate's wrong names for the day, each one answered as a wrong name.</summary>
    private static async Task SpendAsync(HttpClient client, string number, int left = Cap)
    {
        for (var i = 0; i < left; i++) Assert.Equal("differs", await NameCheckAsync(client, number, "猜错" + (char)('乙' + i)));
    }

    [Fact]
    public async Task Past_the_cap_even_the_right_name_is_refused_and_the_answer_stays_unconfirmed_with_the_masked_name()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        await SpendAsync(client, ExportFixture.ValidNumber);

        var body = await (await client.GetAsync($"{Certificates}{ExportFixture.ValidNumber}?name={Uri.EscapeDataString(ExportFixture.ZhangName)}")).JsonAsync();
        Assert.Equal("refused", body.GetProperty("nameCheck").GetString());
        Assert.Equal("unconfirmed", body.GetProperty("verdict").GetString());
        Assert.Equal("张*明", body.GetProperty("maskedName").GetString());
        Assert.False(body.TryGetProperty("name", out _));
    }

    [Fact]
    public async Task A_refused_page_says_why_the_holder_could_not_be_checked_and_what_still_works()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        await SpendAsync(client, ExportFixture.ValidNumber);

        var html = await client.GetStringAsync(new Uri($"/c/{ExportFixture.ValidNumber}?name={Uri.EscapeDataString(ExportFixture.ZhangName)}", UriKind.Relative));
        Assert.Contains("data-verdict=\"unconfirmed\"", html, StringComparison.Ordinal);
        Assert.Contains("填错姓名的次数已达上限", html, StringComparison.Ordinal);
        Assert.Contains("二维码核对不受此限制", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportFixture.ZhangName, html.Replace($"value=\"{ExportFixture.ZhangName}\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_QR_claims_still_confirm_the_holder_after_the_wrong_names_run_out()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        await SpendAsync(client, ExportFixture.ValidNumber);

        var link = QrLink.Build(new Uri(ExportFixture.Site.VerifyUrl),
            ExportFixture.Signer.Sign(new QrClaims(ExportFixture.ValidNumber, ExportFixture.ZhangName, 3, new DateOnly(2022, 5, 10))));
        var body = await (await client.GetAsync($"{Certificates}{ExportFixture.ValidNumber}?qr={Uri.EscapeDataString(link)}")).JsonAsync();
        Assert.Equal("genuine", body.GetProperty("verdict").GetString());
        Assert.Equal(ExportFixture.ZhangName, body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task One_certificates_wrong_names_leave_another_certificates_name_check_alone()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        await SpendAsync(client, ExportFixture.ValidNumber);

        Assert.Equal("matches", await NameCheckAsync(client, ExportFixture.SecondOfZhangNumber, ExportFixture.ZhangName));
        Assert.Equal("differs", await NameCheckAsync(client, ExportFixture.SecondOfZhangNumber, "张三"));
    }

    [Fact]
    public async Task The_right_name_spends_nothing_of_the_budget()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        for (var i = 0; i < 3 * Cap; i++) Assert.Equal("matches", await NameCheckAsync(client, ExportFixture.ValidNumber, ExportFixture.ZhangName));

        await SpendAsync(client, ExportFixture.ValidNumber);
    }

    [Fact]
    public async Task A_blank_name_is_no_guess_and_spends_nothing()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        for (var i = 0; i < 3 * Cap; i++)
        {
            var body = await (await client.GetAsync($"{Certificates}{ExportFixture.ValidNumber}?name=%20%E3%80%80")).JsonAsync();
            Assert.Equal("unconfirmed", body.GetProperty("verdict").GetString());
        }

        await SpendAsync(client, ExportFixture.ValidNumber);
    }

    [Theory]
    [InlineData("/api/v1/certificates/{0}?name={1}", "/api/v1/certificates/{2}?name={1}")]
    [InlineData("/c/{0}?name={1}", "/c/{2}?name={1}")]
    [InlineData("/c/{0}/certificate?name={1}", "/c/{2}/certificate?name={1}")]
    public async Task A_name_check_on_another_spelling_of_the_number_is_sent_to_the_number_as_exported_first(string asked, string sent)
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        var typed = "y 0000-14" + ExportFixture.ValidNumber[7..];
        var name = Uri.EscapeDataString("张三");

        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, asked, Uri.EscapeDataString(typed), name, ""));
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, sent, "", name, ExportFixture.ValidNumber), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_redirect_to_the_number_as_exported_spends_nothing()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        var typed = Uri.EscapeDataString(ExportFixture.ValidNumber.ToLowerInvariant());
        for (var i = 0; i < 3 * Cap; i++)
            Assert.Equal(HttpStatusCode.PermanentRedirect, (await client.GetAsync($"{Certificates}{typed}?name={Uri.EscapeDataString("张三")}")).StatusCode);

        await SpendAsync(client, ExportFixture.ValidNumber);
    }

    [Fact]
    public async Task An_answer_refused_after_the_cap_has_another_tag_than_the_same_question_answered_before()
    {
        await using var app = WithDefaultBudgets();
        var client = app.Client();
        var path = $"{Certificates}{ExportFixture.ValidNumber}?name={Uri.EscapeDataString("猜错甲")}";
        var before = (await client.GetAsync(path)).Headers.ETag!.Tag;
        await SpendAsync(client, ExportFixture.ValidNumber, Cap - 1);

        var after = await client.GetAsync(path, ifNoneMatch: before);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("refused", (await after.JsonAsync()).GetProperty("nameCheck").GetString());
    }

    [Theory]
    [InlineData("SkillCert:RateLimit:WrongNamesPerCertificate", "0")]
    [InlineData("SkillCert:RateLimit:FailedLookupsPerName", "256")]
    [InlineData("SkillCert:RateLimit:FailedLookupsPerRegion", "-1")]
    public async Task A_daily_cap_outside_1_to_255_stops_the_start_with_its_key_named(string key, string value)
    {
        var (code, _, errors) = await ServiceProcess.RunToEndAsync($"--{key}={value}");
        Assert.Equal(2, code);
        Assert.Contains($"{key}: 错误 SC8200: 设置值 {value} 不在 1 到 255 之间", errors, StringComparison.Ordinal);
    }
}
