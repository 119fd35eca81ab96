using System.Globalization;
using System.Text;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// Text made safe for a log line: every control character (and the Unicode line and paragraph separators) written as
/// <c>\uXXXX</c>, so that a <c>%0A</c> in a typed number cannot start a line that looks like an entry of its own.
/// </summary>
public static class LogText
{
    public static string? Encode(string? text)
    {
        if (text is null || !text.Any(IsUnsafe)) return text;
        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c)) safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else safe.Append(c);
        }
        return safe.ToString();
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
