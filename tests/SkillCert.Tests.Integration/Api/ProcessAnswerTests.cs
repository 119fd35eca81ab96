using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SkillCert.Tests.Integration.Api;

/// A found certificate says how it was issued: reviewed by the centre on a day and publicised from–to at a place, from
/// its batch in the export; a reissue and the certificate it replaces point at each other.
public class ProcessAnswerTests
{
    private const string Certificates = "/api/v1/certificates/";

    private static async Task<IHtmlDocument> PageAsync(VerifyApplication app, string number) =>
        new HtmlParser().ParseDocument(await (await app.Client().GetAsync("/c/" + number)).Content.ReadAsStringAsync());

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    [Fact]
    public async Task The_result_page_says_who_reviewed_the_certificate_and_when_and_where_it_was_publicised()
    {
        await using var app = new VerifyApplication();
        var page = await PageAsync(app, ExportFixture.ValidNumber);
        Assert.Equal("经测试市职业技能鉴定服务中心审核（2022-04-20）", Text(page, "[data-process='review']"));
        Assert.Equal("2022-04-22–2022-04-28（企业公告栏）", Text(page, "[data-process='publicity']"));
    }

    [Fact]
    public async Task A_certificate_whose_batch_the_export_does_not_record_shows_no_process()
    {
        await using var app = new VerifyApplication();
        Assert.Empty((await PageAsync(app, ExportFixture.SecondOfZhangNumber)).QuerySelectorAll("[data-process]"));
        Assert.False((await (await app.Client().GetAsync(Certificates + ExportFixture.SecondOfZhangNumber)).JsonAsync()).TryGetProperty("process", out _));
    }

    [Fact]
    public async Task The_JSON_answer_carries_the_batch_its_review_and_its_publicity()
    {
        await using var app = new VerifyApplication();
        var process = (await (await app.Client().GetAsync(Certificates + ExportFixture.ValidNumber)).JsonAsync()).GetProperty("process");
        Assert.Equal(("2022-1", "issued", "2022-04-15", "2022-05-10"), (process.GetProperty("batch").GetString(), process.GetProperty("state").GetString(),
            process.GetProperty("submittedOn").GetString(), process.GetProperty("issuedOn").GetString()));
        Assert.Equal(("2022-04-20", "测试市职业技能鉴定服务中心"),
            (process.GetProperty("review").GetProperty("on").GetString(), process.GetProperty("review").GetProperty("by").GetString()));
        Assert.Equal(("2022-04-22", "2022-04-28", "企业公告栏"), (process.GetProperty("publicity").GetProperty("from").GetString(),
            process.GetProperty("publicity").GetProperty("to").GetString(), process.GetProperty("publicity").GetProperty("place").GetString()));
    }

    [Fact]
    public async Task An_export_of_schema_2_is_served_without_a_process()
    {
        await using var app = new VerifyApplication(writeExport: p => ExportFixture.Write(p, schemaVersion: "2"));
        var body = await (await app.Client().GetAsync(Certificates + ExportFixture.ValidNumber)).JsonAsync();
        Assert.Equal("unconfirmed", body.GetProperty("verdict").GetString());
        Assert.False(body.TryGetProperty("process", out _));
    }

    [Fact]
    public async Task A_corrected_certificate_is_revoked_and_names_the_certificate_that_replaces_it()
    {
        await using var app = new VerifyApplication(writeExport: p => ExportFixture.Write(p, withReissue: true));
        var body = await (await app.Client().GetAsync(Certificates + ExportFixture.CorrectedNumber)).JsonAsync();
        Assert.Equal(("revoked", ExportFixture.ReissueNumber), (body.GetProperty("verdict").GetString(), body.GetProperty("replacedBy").GetString()));
        Assert.Equal("已更正，新证书 " + ExportFixture.ReissueNumber, body.GetProperty("revocationReason").GetString());
        var page = await PageAsync(app, ExportFixture.CorrectedNumber);
        Assert.Equal("/c/" + ExportFixture.ReissueNumber, page.QuerySelector("[data-reissue='replaced-by'] a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_reissue_names_the_certificate_it_replaces()
    {
        await using var app = new VerifyApplication(writeExport: p => ExportFixture.Write(p, withReissue: true));
        var body = await (await app.Client().GetAsync(Certificates + ExportFixture.ReissueNumber)).JsonAsync();
        Assert.Equal(("unconfirmed", ExportFixture.CorrectedNumber), (body.GetProperty("verdict").GetString(), body.GetProperty("replaces").GetString()));
        var page = await PageAsync(app, ExportFixture.ReissueNumber);
        Assert.Equal("/c/" + ExportFixture.CorrectedNumber, page.QuerySelector("[data-reissue='replaces'] a")?.GetAttribute("href"));
    }
}
