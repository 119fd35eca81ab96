using System.Globalization;

namespace SkillCert.Core.Privacy;

/// <summary>The masked forms of personal data that the public may see.</summary>
public static class Mask
{
    /// <summary>
    /// 张三 → 张*, 张三丰 → 张*丰, longer names keep the first and last characters. Characters are
    /// counted as a reader sees them, so a rare character outside the BMP is one character.
    /// </summary>
    public static string Name(string? name)
    {
        var trimmed = (name ?? "").Trim();
        if (IsOneCharPerLetter(trimmed))
        {
            return trimmed.Length switch
            {
                0 => "",
                1 => "*",
                2 => string.Concat(trimmed.AsSpan(0, 1), "*"),
                _ => string.Create(trimmed.Length, trimmed, static (span, text) =>
                {
                    span.Fill('*');
                    span[0] = text[0];
                    span[^1] = text[^1];
                }),
            };
        }
        var chars = TextElements(trimmed);
        return chars.Count switch
        {
            0 => "",
            1 => "*",
            2 => chars[0] + "*",
            _ => chars[0] + new string('*', chars.Count - 2) + chars[^1],
        };
    }

    /// <summary>
    /// 140902199001011234 → 140902********1234: the region and the last four stay, the birth date goes.
    /// Other documents keep only their last four characters.
    /// </summary>
    public static string IdNumber(string? id)
    {
        var text = Identity.IdNumber.Normalize(id);
        if (text.Length == Identity.IdNumber.Length)
            return string.Create(text.Length, text, static (span, t) =>
            {
                t.AsSpan(0, 6).CopyTo(span);
                span[6..14].Fill('*');
                t.AsSpan(14).CopyTo(span[14..]);
            });
        if (text.Length <= 4) return new string('*', text.Length);
        return new string('*', text.Length - 4) + text[^4..];
    }

    // Names in Han characters or plain Latin letters are one character per letter, so masking can skip the
    // grapheme segmentation that rarer scripts, combining marks and characters outside the BMP need.
    private static bool IsOneCharPerLetter(string text)
    {
        foreach (var c in text)
        {
            if (!(c is >= ' ' and < '\u0300' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF')) return false;
        }
        return true;
    }

    private static List<string> TextElements(string text)
    {
        var list = new List<string>(text.Length);
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) list.Add((string)e.Current);
        return list;
    }
}
