using System.Globalization;
using SkillCert.Core.Levels;
using SkillCert.Generator.Certificates;

namespace SkillCert.Generator.Forms;

/// <summary>How the printed forms write dates, counts, occupations and levels, and the blanks they leave to fill by hand.</summary>
public static class FormText
{
    /// <summary>The blank of a date to fill in by hand, as the notice's forms print it.</summary>
    public const string BlankDate = "　　　　年　　月　　日";

    /// <summary>A tick box, filled or empty (☑ ☐), as the filing form's choices are printed.</summary>
    public static string Box(bool ticked) => ticked ? "☑" : "☐";

    /// <summary>2021年11月20日, or the blank to fill in by hand.</summary>
    public static string Date(DateOnly? day) => day is { } d ? CertificateFace.ChineseDate(d) : BlankDate;

    public static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>The occupation as the forms name it: 车工, or 车工（数控车工） with its 工种.</summary>
    public static string Occupation(string name, string? trade) => trade is null ? name : $"{name}（{trade}）";

    /// <summary>三级/高级工.</summary>
    public static string Level(int code) => SkillLevel.FromCode(code)?.DisplayName ?? code.ToString(CultureInfo.InvariantCulture);

    /// <summary>Choices printed as tick boxes: ☑大型　☐中型.</summary>
    public static string Choices(IEnumerable<string> choices, string? chosen) =>
        string.Join("　", choices.Select(c => Box(c == chosen) + c));
}
