using System.Net;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Integration.Api;

public class CertificatesApiTests
{
    private const string Path = "/api/v1/certificates/";

    [Fact]
    public async Task A_found_certificate_with_no_name_answers_200_unconfirmed_with_every_check_passed()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(Path + ExportFixture.ValidNumber);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("verdict", body.EnumerateObject().First().Name);
        Assert.Equal("unconfirmed", body.GetProperty("verdict").GetString());
        Assert.False(body.TryGetProperty("outcome", out _));
        Assert.Equal("valid", body.GetProperty("status").GetString());
        Assert.Equal(["structure", "institution", "active", "scope", "year", "level"],
            body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("check").GetString()));
        Assert.All(body.GetProperty("checks").EnumerateArray(), c => Assert.Equal("pass", c.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task The_answer_gives_occupation_trade_level_institution_and_issue_date()
    {
        await using var app = new VerifyApplication();
        var body = await (await app.Client().GetAsync(Path + ExportFixture.ValidNumber)).JsonAsync();
        Assert.Equal("6-18-01-01", body.GetProperty("occupation").GetProperty("code").GetString());
        Assert.Equal("车工", body.GetProperty("occupation").GetProperty("name").GetString());
        Assert.Equal("数控车工", body.GetProperty("trade").GetString());
        Assert.Equal(3, body.GetProperty("level").GetProperty("code").GetInt32());
        Assert.Equal("三级/高级工", body.GetProperty("level").GetProperty("name").GetString());
        Assert.Equal("2022-05-10", body.GetProperty("issuedOn").GetString());
        Assert.Equal("忻州示例机械有限公司", body.GetProperty("institution").GetProperty("name").GetString());
        Assert.Equal("山西省", body.GetProperty("fields").GetProperty("province").GetProperty("meaning").GetString());
    }

    [Fact]
    public async Task A_certificate_names_its_institution_as_on_the_issue_date_and_gives_the_current_name_beside()
    {
        await using var app = new VerifyApplication();
        var institution = (await (await app.Client().GetAsync(Path + ExportFixture.ValidNumber)).JsonAsync()).GetProperty("institution");
        Assert.Equal("忻州示例机械有限公司", institution.GetProperty("name").GetString());
        Assert.Equal(ExportFixture.RenamedMachinery, institution.GetProperty("currentName").GetString());
    }

    [Fact]
    public async Task An_institution_not_renamed_since_the_issue_date_has_no_current_name()
    {
        await using var app = new VerifyApplication();
        var institution = (await (await app.Client().GetAsync(Path + ExportFixture.RemovedInstitutionNumber)).JsonAsync()).GetProperty("institution");
        Assert.False(institution.TryGetProperty("currentName", out _));
    }

    [Fact]
    public async Task A_certificate_without_a_trade_says_null()
    {
        await using var app = new VerifyApplication();
        var body = await (await app.Client().GetAsync(Path + ExportFixture.RemovedInstitutionNumber)).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("trade").ValueKind);
    }

    [Fact]
    public async Task The_institution_status_is_the_catalogue_status_today()
    {
        await using var app = new VerifyApplication();
        var body = await (await app.Client().GetAsync(Path + ExportFixture.ValidNumber)).JsonAsync();
        var status = body.GetProperty("institution").GetProperty("status");
        Assert.Equal("有效", status.GetProperty("label").GetString());
        Assert.Equal("active", status.GetProperty("slug").GetString());
        Assert.Equal("2026-03-01", status.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task The_institution_status_on_the_issue_date_is_given_beside_today()
    {
        await using var app = new VerifyApplication();
        var body = await (await app.Client().GetAsync(Path + ExportFixture.RemovedInstitutionNumber)).JsonAsync();
        var onIssue = body.GetProperty("institution").GetProperty("statusOnIssue");
        Assert.Equal("removed", onIssue.GetProperty("slug").GetString());
        Assert.Equal("2022-06-01", onIssue.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task The_holders_name_makes_a_sound_certificate_genuine()
    {
        await using var app = new VerifyApplication();
        var body = await (await app.Client().GetAsync($"{Path}{ExportFixture.ValidNumber}?name={Uri.EscapeDataString(ExportFixture.ZhangName)}")).JsonAsync();
        Assert.Equal("genuine", body.GetProperty("verdict").GetString());
        Assert.Equal("证书真实有效", body.GetProperty("verdictHeadline").GetString());
    }

    [Fact]
    public async Task Another_name_is_a_name_mismatch()
    {
        await using var app = new VerifyApplication();
        var body = await (await app.Client().GetAsync($"{Path}{ExportFixture.ValidNumber}?name={Uri.EscapeDataString("张三")}")).JsonAsync();
        Assert.Equal("name-mismatch", body.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task An_authentic_QR_link_given_as_qr_makes_a_sound_certificate_genuine()
    {
        await using var app = new VerifyApplication();
        var link = QrLink.Build(new Uri(ExportFixture.Site.VerifyUrl),
            ExportFixture.Signer.Sign(new QrClaims(ExportFixture.ValidNumber, ExportFixture.ZhangName, 3, new DateOnly(2022, 5, 10))));
        var response = await app.Client().GetAsync($"{Path}{ExportFixture.ValidNumber}?qr={Uri.EscapeDataString(link)}");
        var body = await response.JsonAsync();
        Assert.Equal("genuine", body.GetProperty("verdict").GetString());
        Assert.Equal("authentic", body.GetProperty("claims").GetProperty("verdict").GetString());
        Assert.Equal(ExportFixture.ZhangName, body.GetProperty("name").GetString());
        Assert.True(response.Headers.CacheControl!.Private);
    }

    [Fact]
    public async Task A_changed_QR_link_given_as_qr_is_tampered()
    {
        await using var app = new VerifyApplication();
        var link = QrLink.Build(new Uri(ExportFixture.Site.VerifyUrl),
            ExportFixture.Signer.Sign(new QrClaims(ExportFixture.ValidNumber, ExportFixture.ZhangName, 3, new DateOnly(2022, 5, 10))));
        var changed = link.Replace("/3/20220510/", "/4/20220510/", StringComparison.Ordinal);
        var body = await (await app.Client().GetAsync($"{Path}{ExportFixture.ValidNumber}?qr={Uri.EscapeDataString(changed)}")).JsonAsync();
        Assert.Equal("tampered", body.GetProperty("verdict").GetString());
        Assert.False(body.TryGetProperty("name", out _));
    }

    [Fact]
    public async Task A_revoked_certificate_answers_200_with_its_date_and_reason()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(Path + ExportFixture.RevokedNumber);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("revoked", body.GetProperty("status").GetString());
        Assert.Equal("revoked", body.GetProperty("verdict").GetString());
        Assert.Equal("2023-01-15", body.GetProperty("revokedOn").GetString());
        Assert.Equal("以欺骗手段取得证书", body.GetProperty("revocationReason").GetString());
    }

    [Fact]
    public async Task A_certificate_issued_after_its_institution_was_removed_is_inconsistent()
    {
        await using var app = new VerifyApplication();
        var body = await (await app.Client().GetAsync(Path + ExportFixture.RemovedInstitutionNumber)).JsonAsync();
        Assert.Equal("inconsistent", body.GetProperty("verdict").GetString());
        Assert.Equal("fail", body.Check("active"));
        Assert.Equal("已移出", body.GetProperty("institution").GetProperty("status").GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_well_formed_unknown_number_is_404_problem_json()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(Path + ExportFixture.UnknownNumber);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var body = await response.JsonAsync();
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.Equal("not-found", body.GetProperty("verdict").GetString());
        Assert.Contains("没有这个编号", body.GetProperty("detailZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(ExportFixture.RenamedMachinery, body.GetProperty("institution").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_malformed_number_is_400_with_each_wrong_field_in_english_and_chinese()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(Path + "X000099000001996000000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var body = await response.JsonAsync();
        Assert.Equal("malformed", body.GetProperty("verdict").GetString());
        var errors = body.GetProperty("errors");
        Assert.Equal(["category", "level", "province", "serial", "year"], errors.EnumerateObject().Select(p => p.Name).Order());
        var category = errors.GetProperty("category").EnumerateArray().Select(m => m.GetString()!).ToArray();
        Assert.Contains(category, m => m.StartsWith("expected Y", StringComparison.Ordinal));
        Assert.Contains(category, m => m.Contains("第 1 位", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_number_of_the_wrong_length_is_400_on_the_number_field()
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(Path + "Y0000140000012230001");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("number", out _));
    }

    [Theory]
    [InlineData("y000014000001223000001")]
    [InlineData("Y 0000 14 000001 22 3 000001")]
    [InlineData("Y-0000-14-000001-22-3-000001")]
    public async Task What_people_type_finds_the_certificate(string typed)
    {
        await using var app = new VerifyApplication();
        var response = await app.Client().GetAsync(Path + Uri.EscapeDataString(typed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExportFixture.ValidNumber, (await response.JsonAsync()).GetProperty("number").GetString());
    }

    [Fact]
    public async Task A_number_typed_in_full_width_characters_finds_the_certificate()
    {
        await using var app = new VerifyApplication();
        var fullWidth = string.Concat(ExportFixture.ValidNumber.Select(c => (char)(c + 0xFEE0)));
        var response = await app.Client().GetAsync(Path + Uri.EscapeDataString(fullWidth));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_export_a_query_is_503_problem_json()
    {
        await using var app = new VerifyApplication(withExport: false);
        var response = await app.Client().GetAsync(Path + ExportFixture.ValidNumber);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
    }
}
