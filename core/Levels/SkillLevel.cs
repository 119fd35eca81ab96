using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SkillCert.Core.Text;

namespace SkillCert.Core.Levels;

/// <summary>A vocational skill level, code 1 (highest) to 5 (entry), with its grade and title names.</summary>
public sealed record SkillLevel
{
    private SkillLevel(int code, string grade, string title)
    {
        Code = code;
        Grade = grade;
        Title = title;
    }

    /// <summary>The digit used in certificate numbers: 5 is the entry level, 1 the highest.</summary>
    public int Code { get; }

    /// <summary>The grade name, for example 三级.</summary>
    public string Grade { get; }

    /// <summary>The traditional title, for example 高级工.</summary>
    public string Title { get; }

    /// <summary>Both names as rosters and certificates print them, for example 三级/高级工.</summary>
    public string DisplayName => $"{Grade}/{Title}";

    public static IReadOnlyList<SkillLevel> All { get; } =
    [
        new(5, "五级", "初级工"),
        new(4, "四级", "中级工"),
        new(3, "三级", "高级工"),
        new(2, "二级", "技师"),
        new(1, "一级", "高级技师"),
    ];

    /// <summary>The level for a code 1–5, or null.</summary>
    public static SkillLevel? FromCode(int code) => All.FirstOrDefault(l => l.Code == code);

    /// <summary>The title without its closing 工 (初级 for 初级工), as people shorten 初级工, 中级工 and 高级工; null for 技师 and 高级技师.</summary>
    public string? ShortTitle => Title.EndsWith('工') ? Title[..^1] : null;

    // Every exact form a level is written in, so that the common case costs one lookup; odd spellings
    // (full-width digits and slashes, spaces) are normalised first.
    private static readonly FrozenDictionary<string, SkillLevel> Forms = All
        .SelectMany(l => new[] { l.Code.ToString(CultureInfo.InvariantCulture), l.Grade, l.Title, l.DisplayName, l.ShortTitle, $"{l.Grade}/{l.ShortTitle}" }
            .Where(form => form is not null && !form.EndsWith('/')).Select(form => (Form: form!, Level: l)))
        .ToFrozenDictionary(p => p.Form, p => p.Level, StringComparer.Ordinal);

    /// <summary>
    /// Reads a level wherever people write one, rosters and content alike: the digit (5), the grade (五级), the title
    /// (初级工) or its short form (初级), or grade and title joined by a slash (五级/初级工), in half- or full-width characters.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SkillLevel? level)
    {
        level = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (Forms.TryGetValue(text, out level)) return true;
        var t = TextNormalizer.ToHalfWidth(text).Replace(" ", "", StringComparison.Ordinal).Trim();
        return Forms.TryGetValue(t, out level);
    }

    /// <summary>What a roster or content file may write for a level, for error messages.</summary>
    public static string AcceptedForms => "1–5, a grade (五级 … 一级), a title (初级工 … 高级技师, or 初级, 中级, 高级) or both (三级/高级工)";

    /// <summary>The accepted spellings of a level, in Chinese, for messages.</summary>
    public static string AcceptedFormsZh => "1–5、等级（五级 … 一级）、职业资格名称（初级工 … 高级技师，或 初级、中级、高级），或两者合写（三级/高级工）";

    public override string ToString() => DisplayName;
}
