using System.Globalization;

namespace SkillCert.Generator.Commands;

/// <summary>
/// The command's culture: the machine's own, except that a date prints as yyyy-MM-dd, the only form the options and
/// content files take. Help prints a date option's default with the culture's short date, which would otherwise read
/// 12/06/2026 (or 2026/12/6 on a Chinese system).
/// </summary>
public static class IsoDates
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>Makes the current culture, and every thread's, write dates as yyyy-MM-dd.</summary>
    public static void Apply()
    {
        var culture = (CultureInfo)CultureInfo.CurrentCulture.Clone();
        culture.DateTimeFormat.ShortDatePattern = Format;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
    }
}
