using System.Globalization;

namespace SkillCert.Core.Rosters;

/// <summary>
/// Reads a date the way rosters write it: 2024-09-18 as the form asks, and the forms spreadsheets turn it into
/// on saving — 2024/9/18, 2024.9.18 and 2024年9月18日. Always written back as yyyy-MM-dd.
/// </summary>
public static class RosterDate
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.Length < 8 || text.Length > 11) return false;
        var pos = 0;
        if (!ReadNumber(text, ref pos, 4, 4, out var year) || !Separator(text, ref pos, out var sep)) return false;
        if (!ReadNumber(text, ref pos, 1, 2, out var month) || !Separator(text, ref pos, out var sep2)) return false;
        if (!ReadNumber(text, ref pos, 1, 2, out var day)) return false;
        if (sep == '月') return false;
        var chinese = sep == '年';
        if (chinese ? sep2 != '月' : sep2 != sep) return false;
        if (chinese ? !(pos == text.Length - 1 && text[pos] == '日') : pos != text.Length) return false;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || year < 1900) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The date as the export stores it.</summary>
    public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    private static bool ReadNumber(ReadOnlySpan<char> text, ref int pos, int min, int max, out int value)
    {
        value = 0;
        var start = pos;
        while (pos < text.Length && pos - start < max && char.IsAsciiDigit(text[pos])) value = value * 10 + (text[pos++] - '0');
        return pos - start >= min && (pos == text.Length || !char.IsAsciiDigit(text[pos]));
    }

    private static bool Separator(ReadOnlySpan<char> text, ref int pos, out char separator)
    {
        separator = pos < text.Length ? text[pos] : '\0';
        if (separator is not ('-' or '/' or '.' or '年' or '月')) return false;
        pos++;
        return true;
    }
}
