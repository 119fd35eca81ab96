using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SkillCert.Generator.Certificates;

using SkillCert.Tests.Browser.Infrastructure;

namespace SkillCert.Tests.Browser.Certificates;

/// `--format pdf` prints each certificate through Chromium into a PDF of its own: one A4 page.
[Collection(BrowserCollection.Name)]
public sealed partial class PdfCertificateTests(Chromium chromium, LiveSite site)
{
    private readonly PrintedCertificates printed = PrintedCertificates.For(site, chromium);

    // A4 in PostScript points: 210 mm × 297 mm.
    private const double A4Width = 210 / 25.4 * 72;
    private const double A4Height = 297 / 25.4 * 72;

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();

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
            var pdf = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(Path.Combine(outDir, number + ".pdf")));
            Assert.StartsWith("%PDF-", pdf, StringComparison.Ordinal);
            Assert.Single(PageObject().Matches(pdf));
            var box = MediaBox().Match(pdf);
            Assert.True(box.Success, "the PDF has no MediaBox");
            double At(int group) => double.Parse(box.Groups[group].Value, CultureInfo.InvariantCulture);
            Assert.Equal(A4Width, At(3) - At(1), 1.5);
            Assert.Equal(A4Height, At(4) - At(2), 1.5);
        }
    }
}
