using SkillCert.Core.Institutions;
using SkillCert.Core.Numbers;

namespace SkillCert.Core.Exports;

/// <summary>
/// Gives new certificate numbers for one institution under the coding rule: serials run per issue year and level,
/// and each new one follows the highest serial ever used in that year and level — in the rosters, in the previous
/// export, or by a certificate since left out of it — so that no number is ever given twice.
/// </summary>
public sealed class SerialAssigner(Institution institution, string province, NumberForm form)
{
    private readonly Dictionary<(int Year, int Level), int> _highest = [];

    public NumberForm Form => form;

    /// <summary>Marks a number as used. Numbers that are not well formed are ignored; the rules report them elsewhere.</summary>
    public void Reserve(string number)
    {
        if (number.Length < CertificateNumber.PrefixLength + 5 || number.Length > CertificateNumber.PrefixLength + 6) return;
        var digits = number.AsSpan(13);
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return;
        }
        var year = 2000 + (digits[0] - '0') * 10 + (digits[1] - '0');
        var level = digits[2] - '0';
        var serial = int.Parse(digits[3..], provider: System.Globalization.CultureInfo.InvariantCulture);
        Reserve(year, level, serial);
    }

    public void Reserve(int year, int level, int serial)
    {
        if (!_highest.TryGetValue((year, level), out var highest) || serial > highest) _highest[(year, level)] = serial;
    }

    /// <summary>The highest serial used so far in a year and level, 0 when none.</summary>
    public int Highest(int year, int level) => _highest.GetValueOrDefault((year, level));

    /// <summary>The next number for a year and level, or null when the form's serials for them are used up.</summary>
    public string? Next(int year, int level)
    {
        var serial = Highest(year, level) + 1;
        if (serial > form.MaxSerial) return null;
        _highest[(year, level)] = serial;
        return new CertificateNumber(form, institution.Category, institution.Route, province, institution.Seq, year, level, serial).Format();
    }
}
