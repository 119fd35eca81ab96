using System.Text;
using SkillCert.Core.Diagnostics;

namespace SkillCert.Rendering.Templates;

/// <summary>
/// A source file (content, a template) read as text by one rule: strict UTF-8, a BOM allowed, not empty, at most
/// <see cref="MaxBytes"/>; every way it can be bad is a diagnostic. The content's reader and the templates' share it.
/// </summary>
public static class SourceText
{
    /// <summary>Source files are small; anything larger is a mistake, and is refused before it is read.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a content file as strict UTF-8 (a BOM is allowed), or reports why it cannot.</summary>
    public static string? Read(string path, string display, DiagnosticBag bag)
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
                    $"文件有 {length / (1024 * 1024)} MB，而内容文件最多 {MaxBytes / (1024 * 1024)} MB；把它拆开，或删掉不属于它的内容",
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
            return Decode(bytes.AsSpan(0, read), display, bag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, at, $"无法读取这个文件：{e.Message}", $"cannot read the file: {e.Message}");
        }
        return null;
    }

    /// <summary>A content file's bytes as text: strict UTF-8, a BOM allowed; null after reporting why they are not usable text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string display, DiagnosticBag bag)
    {
        var at = SourceSpot.OfFile(display);
        if (bytes.StartsWith(Utf8Bom)) bytes = bytes[Utf8Bom.Length..];
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            bag.Error(DiagnosticCodes.UnreadableFile, at, "文件不是 UTF-8 编码；请另存为 UTF-8（GBK 等其他编码读不了）",
                "the file is not valid UTF-8; save it as UTF-8 (GBK and other encodings are not read)");
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            bag.Error(DiagnosticCodes.EmptyFile, at, "文件是空的；把它填写完整，或者删掉它", "the file is empty; fill it in or delete it");
            return null;
        }
        return text;
    }
}
