using QRCoder;

namespace SkillCert.Rendering.Certificates;

/// <summary>
/// A certificate's QR code, made by QRCoder at error correction level Q (a quarter of the symbol may be soiled or
/// torn and it still reads): inline SVG for print, PNG where a bitmap is needed. Safe to use from any thread.
/// </summary>
public static class QrCodeImage
{
    /// <summary>Level Q, as the certificate layout asks: sturdier than the usual M, and still small at version 10.</summary>
    public const QRCodeGenerator.ECCLevel Correction = QRCodeGenerator.ECCLevel.Q;

    /// <summary>
    /// An &lt;svg&gt; element with a viewBox and no fixed size, so the stylesheet sets its printed width; drawn as one
    /// path with presentation attributes only, which a strict Content-Security-Policy allows inline.
    /// </summary>
    public static string Svg(string content)
    {
        using var data = Encode(content);
        return new SvgQRCode(data).GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>A black-and-white PNG with <paramref name="pixelsPerModule"/> pixels to a module, quiet zone included.</summary>
    public static byte[] Png(string content, int pixelsPerModule = 8)
    {
        using var data = Encode(content);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>The QR version (1–40) the content needs at level Q: the symbol is 17 + 4 × version modules wide.</summary>
    public static int Version(string content)
    {
        using var data = Encode(content);
        return data.Version;
    }

    private static QRCodeData Encode(string content) => QRCodeGenerator.GenerateQrCode(content, Correction);
}
