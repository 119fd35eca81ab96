using System.Globalization;
using System.Text.RegularExpressions;
using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace SkillCert.Tests.Integration.Certificates;

/// Reads QR codes back with ZXing.Net, a decoder independent of the QRCoder encoder that made them: from the
/// inline SVG of a rendered page (drawn into pixels here) and from PNG bytes (decoded by StbImageSharp).
internal static partial class QrReading
{
    private const int PixelsPerModule = 4;

    [GeneratedRegex("""viewBox="0 0 (\d+) (\d+)"[^>]*>""")]
    private static partial Regex ViewBox();

    // QRCoder draws the dark modules of each row as runs: M{x} {y}h{run}v1h-{run}z.
    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-\d+z")]
    private static partial Regex Run();

    /// The text of the QR code drawn by an &lt;svg&gt; element of QRCoder's kind.
    public static string FromSvg(string svg)
    {
        var box = ViewBox().Match(svg);
        Assert.True(box.Success, "the QR code's SVG has no viewBox");
        var modules = int.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture);
        var size = modules * PixelsPerModule;
        var pixels = new byte[size * size];
        Array.Fill(pixels, (byte)255);
        var runs = Run().Matches(svg);
        Assert.NotEmpty(runs);
        foreach (Match run in runs)
        {
            var x = int.Parse(run.Groups[1].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(run.Groups[2].Value, CultureInfo.InvariantCulture);
            var width = int.Parse(run.Groups[3].Value, CultureInfo.InvariantCulture);
            for (var row = y * PixelsPerModule; row < (y + 1) * PixelsPerModule; row++)
                pixels.AsSpan(row * size + x * PixelsPerModule, width * PixelsPerModule).Clear();
        }
        return Decode(new RGBLuminanceSource(pixels, size, size, RGBLuminanceSource.BitmapFormat.Gray8));
    }

    /// The text of the QR code in a PNG image (a file's bytes, or a screenshot).
    public static string FromPng(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        return Decode(new RGBLuminanceSource(image.Data, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGBA32));
    }

    // ZXing's finder-pattern detector misses a small share of perfect symbols (about 1 in 60 of these links, the
    // same in PNG); a test that fails on those would blame the encoder. So the reader also tries the ways ZXing
    // offers for clean images before it gives up: the whole image as one symbol, and a global threshold.
    private static string Decode(LuminanceSource source)
    {
        var reader = new QRCodeReader();
        foreach (var (bitmap, hints) in Attempts(source))
        {
            var result = reader.decode(bitmap, hints);
            if (result is not null)
                return result.Text;
        }
        Assert.Fail("ZXing found no QR code in the image");
        return "";
    }

    private static IEnumerable<(BinaryBitmap, Dictionary<DecodeHintType, object>)> Attempts(LuminanceSource source)
    {
        var harder = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        var pure = new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true };
        yield return (new BinaryBitmap(new HybridBinarizer(source)), harder);
        yield return (new BinaryBitmap(new HybridBinarizer(source)), pure);
        yield return (new BinaryBitmap(new GlobalHistogramBinarizer(source)), harder);
    }
}
