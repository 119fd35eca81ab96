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
        if (text.Length == Identity.IdNumber.Length) return string.Concat(text.AsSpan(0, 6), "********", text.AsSpan(14));
        if (text.Length <= 4) return new string('*', text.Length);
        return new string('*', text.Length - 4) + text[^4..];
    }

    private static List<string> TextElements(string text)
    {
        var list = new List<string>(text.Length);
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) list.Add((string)e.Current);
        return list;
    }
}
