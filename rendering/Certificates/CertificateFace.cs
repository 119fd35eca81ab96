using System.Globalization;
using SkillCert.Core.Levels;

namespace SkillCert.Rendering.Certificates;

/// <summary>
/// What attachment 6 puts on a skill-level certificate, as printed: 姓名, 证件类型, 证件号码 (full on the printed
/// certificate, withheld on the public view), 职业名称, 工种名称 (— when none), 职业技能等级, 证书编号, the institution's
/// name exactly as filed, and 发证日期 written X年X月X日.
/// </summary>
public sealed record CertificateFace(
    string Number,
    string HolderName,
    string DocumentType,
    string IdNumber,
    string OccupationName,
    string Trade,
    string Level,
    string InstitutionName,
    string IssuedOn,
    string IssuedOnIso)
{
    /// <summary>The mark attachment 6 asks for in 工种名称 when the occupation has no trade.</summary>
    public const string NoTrade = "—";

    public static CertificateFace Of(string number, string holderName, string documentType, string idNumber, string occupationName,
        string? trade, int level, DateOnly issuedOn, string institutionName) => new(
        number,
        holderName,
        documentType,
        idNumber,
        occupationName,
        string.IsNullOrEmpty(trade) ? NoTrade : trade,
        SkillLevel.FromCode(level)?.DisplayName ?? level.ToString(CultureInfo.InvariantCulture),
        institutionName,
        ChineseDate(issuedOn),
        issuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A date as certificates write it: 2021年12月8日, without leading zeros.</summary>
    public static string ChineseDate(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");
}
