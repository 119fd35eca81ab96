using System.Text;

namespace SkillCert.Generator.Preview;

/// <summary>The line of a source file that a diagnostic points at, read again from disk so it shows what the file says now.</summary>
public static class SourceExcerpt
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The 1-based line of the file, without its line break; null when the file, or the line, cannot be read.</summary>
    public static string? Line(string file, int line)
    {
        if (line < 1 || !File.Exists(file)) return null;
        try
        {
            if (new FileInfo(file).Length > SourceText.MaxBytes) return null;
            var text = Strict.GetString(File.ReadAllBytes(file)).TrimStart('\uFEFF');
            var lines = text.Split('\n');
            return line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }
}
