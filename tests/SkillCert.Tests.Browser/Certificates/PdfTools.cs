using System.Diagnostics;

namespace SkillCert.Tests.Browser.Certificates;

/// Debian's PDF and barcode tools, run on a printed PDF as a reader on another machine would see it: poppler-utils'
/// pdftoppm (pixels), pdfinfo (document information) and pdffonts (fonts), and zbar-tools' zbarimg, a QR decoder
/// independent of ZXing.
public static class PdfTools
{
    /// The PDF's first page as a PNG at 200 dpi, written beside it.
    public static string Rasterise(string pdf)
    {
        var prefix = Path.ChangeExtension(pdf, null);
        Run("pdftoppm", "-r", "200", "-png", "-singlefile", pdf, prefix);
        return prefix + ".png";
    }

    /// pdfinfo's fields (Title, Subject, Author, Pages, …), read as UTF-8.
    public static IReadOnlyDictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", "-enc", "UTF-8", pdf).Split('\n').Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => (Key: l[..l.IndexOf(':', StringComparison.Ordinal)], Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    /// pdffonts' table, one row a font: its name, type and whether it is embedded ("yes"/"no").
    public static IReadOnlyList<(string Name, string Type, bool Embedded)> Fonts(string pdf)
    {
        var lines = Run("pdffonts", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The header gives the columns' places: "name  type  encoding  emb sub uni object ID", then a rule of dashes.
        var header = lines[0];
        var (type, encoding, emb) = (header.IndexOf("type", StringComparison.Ordinal), header.IndexOf("encoding", StringComparison.Ordinal),
            header.IndexOf("emb", StringComparison.Ordinal));
        return lines.Skip(2).Select(l => (l[..type].Trim(), l[type..encoding].Trim(), l[emb..(emb + 3)].Trim() == "yes")).ToList();
    }

    /// What zbarimg reads from the QR code in an image, without its "QR-Code:" prefix.
    public static string Zbar(string png) => Run("zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", png).TrimEnd('\n');

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
