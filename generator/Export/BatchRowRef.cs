using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>A roster row a batch file names by its 序号, and where it names it.</summary>
public readonly record struct BatchRowRef(string Seq, SourceSpot Spot)
{
    /// <summary>A 序号 as rows are matched on it: trimmed, and a whole number without its leading zeros.</summary>
    public static string Key(string seq)
    {
        var text = seq.Trim();
        var digits = text.TrimStart('0');
        return text.Length > 0 && text.All(char.IsAsciiDigit) ? (digits.Length == 0 ? "0" : digits) : text;
    }
}
