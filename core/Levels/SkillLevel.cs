using System.Diagnostics.CodeAnalysis;
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

    /// <summary>
    /// Reads a level the way rosters write it: the digit, the grade (三级), the title (高级工)
    /// or both joined by a slash, in half- or full-width characters.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SkillLevel? level)
    {
        level = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = TextNormalizer.ToHalfWidth(text).Replace(" ", "", StringComparison.Ordinal).Trim();
        if (t.Length == 1 && t[0] is >= '1' and <= '5')
        {
            level = FromCode(t[0] - '0');
            return level is not null;
        }
        var slash = t.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            var grade = t[..slash];
            var title = t[(slash + 1)..];
            level = All.FirstOrDefault(l => l.Grade == grade && l.Title == title);
            return level is not null;
        }
        level = All.FirstOrDefault(l => l.Grade == t || l.Title == t);
        return level is not null;
    }

    /// <summary>What a roster or content file may write for a level, for error messages.</summary>
    public static string AcceptedForms => "1–5, a grade (五级 … 一级), a title (初级工 … 高级技师) or both (三级/高级工)";

    public override string ToString() => DisplayName;
}
