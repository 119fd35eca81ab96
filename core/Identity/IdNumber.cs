using System.Globalization;
using SkillCert.Core.Diagnostics;
using SkillCert.Core.Regions;
using SkillCert.Core.Text;

namespace SkillCert.Core.Identity;

/// <summary>The 18-character resident identity number (居民身份证号码) under GB 11643-1999.</summary>
public static class IdNumber
{
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>
    /// Checks the region, the birth date (a real day, not after <paramref name="today"/> when given) and the
    /// mod-11 check character. A lower-case x is accepted as X.
    /// </summary>
    public static IdNumberCheck Check(string? text, DateOnly? today = null)
    {
        var id = Normalize(text);
        var errors = new List<Phrase>();
        if (id.Length == 15 && id.All(char.IsAsciiDigit))
        {
            errors.Add(new("这是 1999 年以前的 15 位旧号码；请填写现在身份证上的 18 位号码",
                "this is the old 15-digit form (before 1999); give the 18-character number shown on the current card"));
            return new IdNumberCheck(id, errors, null, null);
        }
        if (id.Length != Length)
        {
            errors.Add(new($"应为 {Length} 位，实际是 {id.Length} 位", $"expected {Length} characters; got {id.Length}"));
            return new IdNumberCheck(id, errors, null, null);
        }
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i])) errors.Add(new($"第 {i + 1} 位“{id[i]}”应为数字", $"character {i + 1} '{id[i]}' should be a digit"));
        }
        if (!char.IsAsciiDigit(id[17]) && id[17] != 'X') errors.Add(new($"第 18 位“{id[17]}”应为数字或 X", $"character 18 '{id[17]}' should be a digit or X"));
        if (errors.Count > 0) return new IdNumberCheck(id, errors, null, null);

        // 83 is the prefix of residence permits for residents from Taiwan; Hong Kong and Macao use 81 and 82.
        if (Province.Find(id[..2]) is null && id[..2] != "83")
            errors.Add(new($"前 6 位地区码 {id[..6]} 的开头不是省级行政区划代码", $"the region code {id[..6]} does not begin with a province code"));

        DateOnly? birth = null;
        if (DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b)
            && b.Year >= 1900)
        {
            if (today is { } t && b > t) errors.Add(new($"出生日期 {b:yyyy-MM-dd} 还没有到", $"the birth date {b:yyyy-MM-dd} is in the future"));
            else birth = b;
        }
        else
        {
            errors.Add(new($"第 7–14 位“{id.Substring(6, 8)}”不是真实的出生日期（应为年月日 yyyyMMdd）",
                $"characters 7–14 '{id.Substring(6, 8)}' are not a real birth date (yyyyMMdd)"));
        }

        var check = ComputeCheckCharacter(id.AsSpan(0, 17));
        if (id[17] != check) errors.Add(new($"第 18 位校验码应为 {check}，号码可能抄错了", $"check character should be {check}"));

        var gender = (id[16] - '0') % 2 == 1 ? Identity.Gender.Male : Identity.Gender.Female;
        return new IdNumberCheck(id, errors, birth, errors.Count == 0 ? gender : null);
    }

    /// <summary>
    /// The allocation-free check for bulk input: true when the text is already in normal form (18 characters,
    /// digits and a final upper-case X) and its region, birth date (not after <paramref name="today"/>) and check
    /// character are right. When it returns false, <see cref="Check"/> says why, or accepts a number that only
    /// needed normalising.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> id, DateOnly today, out DateOnly birth, out Gender gender)
    {
        birth = default;
        gender = default;
        if (id.Length != Length) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var d = id[i] - '0';
            if ((uint)d > 9) return false;
            sum += d * Weights[i];
        }
        if (id[17] != CheckCharacters[sum % 11]) return false;
        var region = (id[0] - '0') * 10 + (id[1] - '0');
        if (!RegionPrefixes[region]) return false;
        int year = Digits(id, 6, 4), month = Digits(id, 10, 2), day = Digits(id, 12, 2);
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        birth = new DateOnly(year, month, day);
        if (birth > today) return false;
        gender = (id[16] - '0') % 2 == 1 ? Identity.Gender.Male : Identity.Gender.Female;
        return true;
    }

    // The two-digit prefixes Check accepts: the provinces, and 83 for residence permits of residents from Taiwan.
    private static readonly bool[] RegionPrefixes = BuildRegionPrefixes();

    private static bool[] BuildRegionPrefixes()
    {
        var prefixes = new bool[100];
        foreach (var p in Province.All) prefixes[int.Parse(p.Code, CultureInfo.InvariantCulture)] = true;
        prefixes[83] = true;
        return prefixes;
    }

    private static int Digits(ReadOnlySpan<char> text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++) value = value * 10 + (text[i] - '0');
        return value;
    }

    /// <summary>The 18th character for the first 17 digits, modulo 11 with X for 10.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("expected 17 digits", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(first17[i])) throw new ArgumentException("expected digits only", nameof(first17));
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    /// <summary>True when <see cref="Normalize"/> would return the text unchanged: printable ASCII with no lower-case letters.</summary>
    public static bool IsNormalized(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '!' or > '~' or >= 'a' and <= 'z') return false;
        }
        return true;
    }

    /// <summary>The form used for hashing and comparison: trimmed, half-width, upper-case X, no spaces.</summary>
    public static string Normalize(string? text) => text is not null && IsNormalized(text) ? text :
        TextNormalizer.ToHalfWidth(text ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    /// <summary>Age in whole years on a given day.</summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        if (day < birth.AddYears(age)) age--;
        return age;
    }
}
