using AngleSharp.Html.Parser;
using SkillCert.Core.Signing;
using SkillCert.Rendering.Certificates;
using SkillCert.Tests.Integration.Api;

namespace SkillCert.Tests.Integration.Certificates;

/// A printed QR code, read back by an independent decoder, carries claims that verify offline against the export's keys
/// and online against the running service.
public class QrRoundTripTests
{
    /// Renders one certificate of a three-character name and reads its QR code from the page's SVG, pixel by pixel.
    private static (CertificateScenario Scenario, string Number, string Link) PrintOne()
    {
        var s = new CertificateScenario();
        s.Export.Roster("000001", "2024-3", s.Export.Line(name: "欧阳娜", gender: "女", trade: "数控车工", level: "3", issued: "2024-09-18"));
        Assert.Equal(0, s.Exported().Render().ExitCode);
        var number = Assert.Single(s.Numbers());
        var svg = s.Page(number).QuerySelector(".qr-code svg")!.OuterHtml;
        return (s, number, QrReading.FromSvg(svg));
    }

    [Fact]
    public async Task A_printed_QR_code_read_by_ZXing_is_authentic_offline_and_online_against_the_running_service()
    {
        var (s, number, link) = PrintOne();
        using var scenario = s;
        var signed = QrLink.TryParse(link);
        Assert.NotNull(signed);
        Assert.StartsWith("HTTPS://VERIFY.EXAMPLE.ORG/C/", link, StringComparison.Ordinal);
        Assert.Equal(new QrClaims(number, "欧阳娜", 3, new DateOnly(2024, 9, 18)), signed.Claims);
        Assert.Equal(SignatureVerdict.Valid, new ClaimVerifier(s.Keys()).Verify(signed));

        await using var app = new VerifyApplication(realKestrel: true, writeExport: path => File.Copy(s.Export.Out, path), idKey: File.ReadAllBytes(s.Export.IdKey));
        using var client = app.Client();
        using var response = await client.GetAsync($"/api/v1/certificates/{signed.Claims.Number}?name={Uri.EscapeDataString(signed.Claims.Name)}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var record = await response.JsonAsync();
        Assert.Equal("genuine", record.GetProperty("verdict").GetString());
        Assert.Equal(signed.Claims.Name, record.GetProperty("name").GetString());
        Assert.Equal(signed.Claims.Level, record.GetProperty("level").GetProperty("code").GetInt32());
        Assert.Equal("2024-09-18", record.GetProperty("issuedOn").GetString());

        // The decoded link itself, opened on the service as a phone would, lands on the result page: authentic.
        using var opened = await client.GetAsync(new Uri(link).PathAndQuery);
        var result = new HtmlParser().ParseDocument(await opened.Content.ReadAsStringAsync());
        Assert.Equal("genuine", result.QuerySelector("[data-verdict]")?.GetAttribute("data-verdict"));

        // The same claims, in the readable form the result page links with, open the full certificate view.
        var readable = new Uri(QrLink.BuildReadable(app.ServerAddress, signed));
        using var view = await client.GetAsync(readable.AbsolutePath + "/certificate" + readable.Query);
        var page = new HtmlParser().ParseDocument(await view.Content.ReadAsStringAsync());
        Assert.Equal("欧阳娜", page.QuerySelector("[data-field='holder-name']")?.TextContent);
    }

    [Fact]
    public void The_PNG_of_the_same_link_decodes_to_the_same_link()
    {
        var (s, _, link) = PrintOne();
        using var scenario = s;
        Assert.Equal(link, QrReading.FromPng(QrCodeImage.Png(link)));
    }
}
