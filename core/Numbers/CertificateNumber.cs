using System.Globalization;
using SkillCert.Core.Levels;
using SkillCert.Core.Regions;

namespace SkillCert.Core.Numbers;

/// <summary>A well-formed certificate number under the coding rule (附件5), in either form.</summary>
public sealed record CertificateNumber
{
    /// <summary>Letter, route, province, institution, year and level: everything before the serial.</summary>
    public const int PrefixLength = 16;

    /// <summary>The first issue year the scheme allows; certification by enterprises began in 2019.</summary>
    public const int FirstYear = 2019;

    public CertificateNumber(NumberForm form, char category, string route, string province, string institution,
        int year, int level, int serial)
    {
        if (category is not ('Y' or 'S')) throw new ArgumentOutOfRangeException(nameof(category), category, "expected Y or S");
        if (route.Length != 4 || !route.All(char.IsAsciiDigit)) throw new ArgumentException("expected four digits", nameof(route));
        if (Regions.Province.Find(province) is null) throw new ArgumentException($"'{province}' is not a GB/T 2260 province code", nameof(province));
        if (institution.Length != 6 || !institution.All(char.IsAsciiDigit) || institution == "000000")
            throw new ArgumentException("expected six digits, not all zero", nameof(institution));
        if (year is < FirstYear or > 2099) throw new ArgumentOutOfRangeException(nameof(year), year, "expected 2019–2099");
        if (SkillLevel.FromCode(level) is null) throw new ArgumentOutOfRangeException(nameof(level), level, "expected 1–5");
        if (serial < 1 || serial > form.MaxSerial) throw new ArgumentOutOfRangeException(nameof(serial), serial, $"expected 1–{form.MaxSerial}");
        Form = form;
        Category = category;
        Route = route;
        Province = province;
        Institution = institution;
        Year = year;
        Level = level;
        Serial = serial;
    }

    public NumberForm Form { get; }

    /// <summary>Y for an employer (企业用人单位), S for a third-party evaluator.</summary>
    public char Category { get; }

    /// <summary>The filing route; 0000 means filed with the province.</summary>
    public string Route { get; }

    /// <summary>The two-digit GB/T 2260 code of the institution's province.</summary>
    public string Province { get; }

    /// <summary>The institution's six-digit sequence, as in the catalogue's <c>seq</c>.</summary>
    public string Institution { get; }

    /// <summary>The full issue year, for example 2019.</summary>
    public int Year { get; }

    /// <summary>The level code, 1 (一级/高级技师) to 5 (五级/初级工).</summary>
    public int Level { get; }

    public int Serial { get; }

    /// <summary>The number as printed: no spaces, upper case, the serial zero-padded to the form's width.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Category}{Route}{Province}{Institution}{Year % 100:00}{Level}{Serial.ToString(new string('0', Form.SerialDigits), CultureInfo.InvariantCulture)}");

    public override string ToString() => Format();

    /// <summary>Decodes anything a person might type; never throws. <paramref name="today"/> bounds the year.</summary>
    public static NumberDecoding Decode(string? input, DateOnly today) => NumberDecoder.Decode(input, today);
}
