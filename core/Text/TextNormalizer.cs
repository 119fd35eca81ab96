using System.Text;

namespace SkillCert.Core.Text;

/// <summary>Folds the full-width forms that Chinese input methods produce into plain ASCII.</summary>
public static class TextNormalizer
{
    /// <summary>True for the full-width ASCII block (！ to ～) and the ideographic space.</summary>
    public static bool IsFullWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' or '\u3000';

    /// <summary>Maps one full-width character to its ASCII twin; other characters pass through.</summary>
    public static char ToHalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Maps every full-width character of a string to its ASCII twin.</summary>
    public static string ToHalfWidth(string text)
    {
        if (!text.Any(IsFullWidth)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(ToHalfWidth(c));
        return sb.ToString();
    }
}
