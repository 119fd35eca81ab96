using System.Text;
using System.Text.Unicode;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// Decides how a CSV roster's bytes are text. UTF-8 (with or without a BOM) is the format asked for; Excel on a
/// Chinese system saves "CSV (逗号分隔)" as GBK, so bytes that are not valid UTF-8 are read as GB18030 (a superset
/// of GBK) with a warning. UTF-16 files are refused rather than guessed at.
/// </summary>
public static class RosterEncoding
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The decoded text's reader, or null after reporting why the bytes cannot be read.</summary>
    public static TextReader? Open(ReadOnlyMemory<byte> file, RosterBuffers buffers, string display, List<ExportError> errors)
    {
        var bytes = file.Span;
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            errors.Add(ExportError.OfFile(DiagnosticCodes.RosterUnreadable, display, "文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请在 Excel 或 WPS 里把花名册另存为“CSV UTF-8（逗号分隔）”",
                "the file is UTF-16 (Excel's \"Unicode text\"); save the roster as \"CSV UTF-8 (逗号分隔)\""));
            return null;
        }
        var body = bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;
        if (Utf8.IsValid(body))
        {
            var chars = buffers.Chars(body.Length);
            return new CharsReader(chars, StrictUtf8.GetChars(body, chars));
        }
        try
        {
            var text = Gb18030.Value.GetString(bytes);
            errors.Add(ExportError.Warning(DiagnosticCodes.RosterEncodingGuess, display,
                "文件不是 UTF-8 编码，已按 GBK/GB18030（中文系统上 Excel 保存 CSV 时用的编码）读取；请核对下面的姓名，另存为“CSV UTF-8（逗号分隔）”最稳妥",
                "not UTF-8, so it was read as GBK/GB18030, the encoding Excel uses for CSV on Chinese systems; check the names below, and save as \"CSV UTF-8\" to be sure"));
            return new StringReader(text);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(ExportError.OfFile(DiagnosticCodes.RosterUnreadable, display, "文件既不是 UTF-8 也不是 GBK 编码的文字；请在 Excel 或 WPS 里把花名册另存为“CSV UTF-8（逗号分隔）”",
                "the file is neither UTF-8 nor GBK text; save the roster as \"CSV UTF-8 (逗号分隔)\""));
            return null;
        }
    }
}
