using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SkillCert.Tests.Integration.Certificates;

/// What a printed PDF's own objects say about its pages: how many there are and the first one's size, in points.
public static partial class PdfPages
{
    /// A4 in points (1/72 inch): 210 mm × 297 mm.
    public const double A4Short = 210 / 25.4 * 72;
    public const double A4Long = 297 / 25.4 * 72;

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    public static int Count(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    /// The first page's width and height; the test fails when the file is not a PDF or has no MediaBox.
    public static (double Width, double Height) Size(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        var box = MediaBox().Match(text);
        Assert.True(box.Success, "the PDF has no MediaBox");
        double At(int group) => double.Parse(box.Groups[group].Value, CultureInfo.InvariantCulture);
        return (At(3) - At(1), At(4) - At(2));
    }
}
