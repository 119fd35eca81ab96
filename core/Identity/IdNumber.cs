using System.Globalization;
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
        var errors = new List<string>();
        if (id.Length == 15 && id.All(char.IsAsciiDigit))
        {
            errors.Add("this is the old 15-digit form (before 1999); give the 18-character number shown on the current card");
            return new IdNumberCheck(id, errors, null, null);
        }
        if (id.Length != Length)
        {
            errors.Add($"expected {Length} characters; got {id.Length}");
            return new IdNumberCheck(id, errors, null, null);
        }
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i])) errors.Add($"character {i + 1} '{id[i]}' should be a digit");
        }
        if (!char.IsAsciiDigit(id[17]) && id[17] != 'X') errors.Add($"character 18 '{id[17]}' should be a digit or X");
        if (errors.Count > 0) return new IdNumberCheck(id, errors, null, null);

        // 83 is the prefix of residence permits for residents from Taiwan; Hong Kong and Macao use 81 and 82.
        if (Province.Find(id[..2]) is null && id[..2] != "83")
            errors.Add($"the region code {id[..6]} does not begin with a province code");

        DateOnly? birth = null;
        if (DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b)
            && b.Year >= 1900)
        {
            if (today is { } t && b > t) errors.Add($"the birth date {b:yyyy-MM-dd} is in the future");
            else birth = b;
        }
        else
        {
            errors.Add($"characters 7–14 '{id.Substring(6, 8)}' are not a real birth date (yyyyMMdd)");
        }

        var check = ComputeCheckCharacter(id.AsSpan(0, 17));
        if (id[17] != check) errors.Add($"check character should be {check}");

        var gender = (id[16] - '0') % 2 == 1 ? Identity.Gender.Male : Identity.Gender.Female;
        return new IdNumberCheck(id, errors, birth, errors.Count == 0 ? gender : null);
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

    /// <summary>The form used for hashing and comparison: trimmed, half-width, upper-case X, no spaces.</summary>
    public static string Normalize(string? text) =>
        TextNormalizer.ToHalfWidth(text ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    /// <summary>Age in whole years on a given day.</summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        if (day < birth.AddYears(age)) age--;
        return age;
    }
}
