using System.Text;

namespace SkillCert.Generator.Export;

/// <summary>A cell reference such as AB12: a 1-based row and a 0-based column index, and back to column letters.</summary>
public readonly record struct XlsxCellRef(int Row, int Column)
{
    public static bool TryParse(string? text, out XlsxCellRef cell)
    {
        cell = default;
        if (string.IsNullOrEmpty(text)) return false;
        var column = 0;
        var i = 0;
        for (; i < text.Length && char.IsAsciiLetterUpper(text[i]); i++) column = column * 26 + (text[i] - 'A' + 1);
        if (i == 0 || i == text.Length || !int.TryParse(text.AsSpan(i), System.Globalization.CultureInfo.InvariantCulture, out var row)) return false;
        cell = new XlsxCellRef(row, column - 1);
        return true;
    }

    /// <summary>A (0-based) → column letters: 0 → A, 26 → AA.</summary>
    public static string Letters(int column)
    {
        var letters = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters.Insert(0, (char)('A' + (n - 1) % 26));
        return letters.ToString();
    }

    public override string ToString() => Letters(Column) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
