using System.Text;
using SkillCert.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SkillCert.Generator.Content;

/// <summary>Reads one YAML file into a node tree, turning every way a file can be bad into a diagnostic.</summary>
public static class YamlSource
{
    /// <summary>Content files are small; anything larger is a mistake, and is refused before it is read.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The root node of the file's single document, or null after reporting why there is none.</summary>
    public static YamlNode? Load(string path, string display, DiagnosticBag bag)
    {
        var text = ReadText(path, display, bag);
        return text is null ? null : Parse(text, display, bag);
    }

    /// <summary>Reads a content file as strict UTF-8 (a BOM is allowed), or reports why it cannot.</summary>
    public static string? ReadText(string path, string display, DiagnosticBag bag)
    {
        var at = SourceSpot.OfFile(display);
        try
        {
            // One open, one read: the loader reads thousands of small files and each system call counts.
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxBytes)
            {
                bag.Error(DiagnosticCodes.FileTooLarge, at,
                    $"the file is {length / (1024 * 1024)} MB; content files are at most {MaxBytes / (1024 * 1024)} MB, so split it or remove what does not belong");
                return null;
            }
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (n == 0) break;
                read += n;
            }
            var span = bytes.AsSpan(0, read);
            if (span.StartsWith(Utf8Bom)) span = span[Utf8Bom.Length..];
            var text = StrictUtf8.GetString(span);
            if (string.IsNullOrWhiteSpace(text))
            {
                bag.Error(DiagnosticCodes.EmptyFile, at, "the file is empty; fill it in or delete it");
                return null;
            }
            return text;
        }
        catch (DecoderFallbackException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, at, "the file is not valid UTF-8; save it as UTF-8 (GBK and other encodings are not read)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, at, $"cannot read the file: {e.Message}");
        }
        return null;
    }

    /// <summary>Parses YAML text; a syntax error is reported at YamlDotNet's line and column.</summary>
    public static YamlNode? Parse(string text, string display, DiagnosticBag bag)
    {
        var scanner = new Scanner(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(new Parser(scanner));
            if (stream.Documents.Count == 0)
            {
                bag.Error(DiagnosticCodes.EmptyFile, SourceSpot.OfFile(display), "the file has no YAML document; fill it in or delete it");
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)e.Start.Line, (int)e.Start.Column),
                $"YAML syntax: {message}; indent with spaces, not tabs, and quote values that contain ':' or '#'");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way when the text ends inside an open [ or {.
            var at = scanner.CurrentPosition;
            bag.Error(DiagnosticCodes.YamlSyntax, new SourceSpot(display, (int)at.Line, (int)at.Column),
                "YAML syntax: the file ends inside an unclosed '[' or '{'; close every list and mapping you open");
            return null;
        }
    }

    /// <summary>The 1-based start of a node.</summary>
    public static SourceSpot SpotOf(this YamlNode node, string display) => new(display, (int)node.Start.Line, (int)node.Start.Column);
}
