using System.Globalization;

namespace SkillCert.Generator.Content;

/// <summary>
/// Dates as content and options write them, yyyy-MM-dd and nothing else. Read by hand because the general
/// parser's culture machinery cost more than the YAML around it when ten thousand files are loaded.
/// </summary>
public static class ContentDate
{
    public static bool TryParse(string? text, out DateOnly day)
    {
        day = default;
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-') return false;
        if (!Number(text, 0, 4, out var year) || !Number(text, 5, 2, out var month) || !Number(text, 8, 2, out var dayOfMonth)) return false;
        if (year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month)) return false;
        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    private static bool Number(string text, int start, int length, out int value) =>
        int.TryParse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
