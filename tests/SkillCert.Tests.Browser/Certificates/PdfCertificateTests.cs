using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SkillCert.Generator.Certificates;
using SkillCert.Tests.Browser.Infrastructure;
using SkillCert.Tests.Integration.Certificates;

namespace SkillCert.Tests.Browser.Certificates;

/// `--format pdf` prints each certificate through Chromium into a PDF of its own: one A4 page, the 电子证书 an institution
/// gives the holder, with its signed QR code, its title and subject in its document information, and its fonts inside it.
[Collection(BrowserCollection.Name)]
public sealed partial class PdfCertificateTests(Chromium chromium, LiveSite site)
{
    private readonly PrintedCertificates printed = PrintedCertificates.For(site, chromium);

    [Fact]
    public async Task Each_certificate_becomes_a_one_page_A4_PDF_named_by_its_number()
    {
        var numbers = printed.Numbers().Take(2).ToArray();
        var outDir = Path.Combine(printed.Work, "pdf");
        var (code, stderr) = await printed.Render(outDir, CertificateFormat.Pdf, numbers);
        Assert.True(code == 0, stderr);
        Assert.Equal(numbers.Select(n => n + ".pdf"), Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var number in numbers)
        {
            var pdf = await File.ReadAllBytesAsync(Path.Combine(outDir, number + ".pdf"));
            Assert.Equal(1, PdfPages.Count(pdf));
            var (width, height) = PdfPages.Size(pdf);
            Assert.Equal(PdfPages.A4Short, width, 1.5);
            Assert.Equal(PdfPages.A4Long, height, 1.5);
        }
    }
    [GeneratedRegex(@"\d{15,}")]
    private static partial Regex LongDigits();

    /// The first certificate printed as a PDF, once per run: the 电子证书 the tests below read as others would.
    private async Task<(string Number, string Pdf)> ElectronicCertificate()
    {
        var number = printed.Numbers()[0];
        var pdf = Path.Combine(printed.Work, "electronic", number + ".pdf");
        if (!File.Exists(pdf))
        {
            var (code, stderr) = await printed.Render(Path.GetDirectoryName(pdf)!, CertificateFormat.Pdf, number);
            Assert.True(code == 0, stderr);
        }
        return (number, pdf);
    }

    [Fact]
    public async Task The_electronic_certificates_QR_reads_the_same_with_ZXing_and_zbar_and_the_service_calls_its_link_genuine()
    {
        var (number, pdf) = await ElectronicCertificate();
        var png = PdfTools.Rasterise(pdf);
        var zxing = QrReading.FromPng(await File.ReadAllBytesAsync(png));
        var zbar = PdfTools.Zbar(png);
        Assert.Equal(zxing, zbar);
        Assert.Contains($"/C/{number}/", zxing, StringComparison.OrdinalIgnoreCase);

        using var client = new HttpClient();
        var answer = await client.GetFromJsonAsync<JsonElement>(site.Url($"/api/v1/certificates/{number}?qr={Uri.EscapeDataString(zxing)}"));
        Assert.Equal("genuine", answer.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task The_electronic_certificate_carries_its_title_and_a_subject_naming_holder_level_and_issuer_in_its_metadata()
    {
        var (number, pdf) = await ElectronicCertificate();
        var info = PdfTools.Info(pdf);
        Assert.Equal($"职业技能等级证书 {number}", info["Title"]);
        var holder = DemoRecords.HolderOf(site, number);
        Assert.StartsWith($"{holder}的职业技能等级证书：", info["Subject"], StringComparison.Ordinal);
        Assert.EndsWith($"颁发，证书编号 {number}", info["Subject"], StringComparison.Ordinal);
        Assert.Contains(info["Author"], info["Subject"], StringComparison.Ordinal);
        // The ID number is printed on the page but never goes into metadata, which search indexes and mail previews read.
        Assert.DoesNotMatch(LongDigits(), info["Subject"].Replace(number, "", StringComparison.Ordinal));
        Assert.Equal("1", info["Pages"]);
    }

    [Fact]
    public async Task Every_font_of_the_electronic_certificate_is_embedded_in_it()
    {
        var (_, pdf) = await ElectronicCertificate();
        var fonts = PdfTools.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"the font {f.Name} ({f.Type}) is not embedded"));
        // Each font is either a font program in the file (/FontFile2 for TrueType, /FontFile3 for CFF) or a Type 3 font
        // whose glyphs are drawn by the file itself; none is left to the reader's fonts.
        var text = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdf));
        var programs = Regex.Matches(text, @"/FontFile[23]?\b").Count;
        var drawn = fonts.Count(f => f.Type == "Type 3");
        Assert.Equal(fonts.Count, programs + drawn);
    }
}
