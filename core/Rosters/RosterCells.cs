using System.Globalization;
using SkillCert.Core.Levels;

namespace SkillCert.Core.Rosters;

/// <summary>How the cells of a roster are read: the levels, the "no trade" marks, genders, document types and scores.</summary>
public static class RosterCells
{
    /// <summary>The document type that gets the full ID-number checks.</summary>
    public const string ResidentIdCard = "居民身份证";

    public const string Male = "男";

    public const string Female = "女";

    /// <summary>The lowest and highest score a roster may give.</summary>
    public const double MinScore = 0, MaxScore = 100;

    /// <summary>The level a cell names, read as content files read it: 1–5, 三级, 高级工, 高级 or 三级/高级工.</summary>
    public static SkillLevel? Level(string cell) => SkillLevel.TryParse(cell, out var level) ? level : null;

    /// <summary>
    /// The trade (工种) of a cell, or null for none: the notice asks for “—” when there is no trade, and people
    /// also type -, －, – or 无, or leave the cell empty.
    /// </summary>
    public static string? Trade(string cell) =>
        cell is "" or "—" or "-" or "－" or "–" or "——" or "无" ? null : cell;

    /// <summary>The document type as stored: 身份证 is read as 居民身份证, other types are kept as written.</summary>
    public static string DocumentType(string cell) => cell is "身份证" or "居民身份证号码" ? ResidentIdCard : cell;

    /// <summary>
    /// A cell as an error message may quote it: cut to 24 characters, and masked when it holds a long run of
    /// digits, because a value in the wrong column may be someone's ID number and messages never show one.
    /// </summary>
    public static string Shown(string cell)
    {
        var run = 0;
        foreach (var c in cell)
        {
            run = char.IsAsciiDigit(c) || c is 'X' or 'x' ? run + 1 : 0;
            if (run >= 10) return Privacy.Mask.IdNumber(cell);
        }
        return cell.Length <= 24 ? cell : cell[..24] + "…";
    }

    /// <summary>Reads a score 0–100 (decimals allowed); false when the cell is not a number in that range.</summary>
    public static bool TryScore(string cell, out double score)
    {
        // Whole scores of up to three digits are nearly all there is; anything else goes to the full parser.
        if (cell.Length is > 0 and <= 3 && !cell.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            score = int.Parse(cell, NumberStyles.None, CultureInfo.InvariantCulture);
            return score <= MaxScore;
        }
        return double.TryParse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out score)
            && score is >= MinScore and <= MaxScore;
    }
}
