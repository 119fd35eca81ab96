using System.Text;
using SkillCert.Core.Text;

namespace SkillCert.Core.Numbers;

/// <summary>A typed certificate number with the spacing, hyphens, full-width forms and lower case taken out.</summary>
public sealed record NormalizedInput(string Text, IReadOnlyList<string> Adjustments)
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["removed spaces"] = "去掉了空格",
        ["removed hyphens"] = "去掉了连字符",
        ["converted full-width characters"] = "全角字符改成了半角",
        ["upper-cased letters"] = "小写字母改成了大写",
    };

    /// <summary>An adjustment as <see cref="Adjustments"/> names it (the API's English words), in Chinese.</summary>
    public static string InChinese(string adjustment) => Chinese.GetValueOrDefault(adjustment, adjustment);

    /// <summary>True when the text differs from what was typed.</summary>
    public bool WasNormalized => Adjustments.Count > 0;

    /// <summary>Cleans what people type or paste; never throws.</summary>
    public static NormalizedInput From(string? raw)
    {
        raw ??= "";
        var adjustments = new List<string>(4);
        bool spaces = false, hyphens = false, fullWidth = false, lower = false;
        var sb = new StringBuilder(raw.Length);
        foreach (var original in raw)
        {
            var c = original;
            if (TextNormalizer.IsFullWidth(c))
            {
                c = TextNormalizer.ToHalfWidth(c);
                fullWidth |= c != ' ';
            }
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                spaces = true;
                continue;
            }
            if (c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '_')
            {
                hyphens = true;
                continue;
            }
            if (c is >= 'a' and <= 'z')
            {
                c = char.ToUpperInvariant(c);
                lower = true;
            }
            sb.Append(c);
        }
        if (spaces) adjustments.Add("removed spaces");
        if (hyphens) adjustments.Add("removed hyphens");
        if (fullWidth) adjustments.Add("converted full-width characters");
        if (lower) adjustments.Add("upper-cased letters");
        return new NormalizedInput(sb.ToString(), adjustments);
    }
}
