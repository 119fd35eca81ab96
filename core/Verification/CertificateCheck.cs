using System.Globalization;
using SkillCert.Core.Institutions;
using SkillCert.Core.Levels;
using SkillCert.Core.Numbers;

namespace SkillCert.Core.Verification;

/// <summary>
/// Checks a found certificate against its own number and against the institution's filing, one rule at a
/// time, so the answer can say exactly which rule holds and which does not.
/// </summary>
public static class CertificateCheck
{
    /// <summary>
    /// Checks <paramref name="record"/>, found under <paramref name="number"/>, against <paramref name="filing"/>
    /// (null when the export has no such institution). <paramref name="activity"/> lets the two-year
    /// inactivity rule count on the issue date, as the catalogue does when built with an export.
    /// </summary>
    public static VerificationResult Verify(CertificateNumber number, CertificateRecord record, Institution? filing,
        CertificateActivity? activity = null)
    {
        var checks = new List<CheckResult>(6)
        {
            Structure(number),
            InstitutionCheck(number, record, filing),
        };
        var institutionKnown = checks[1].Verdict == CheckVerdict.Pass;
        checks.Add(institutionKnown ? Active(record, filing!, activity) : Skipped(CheckKind.Active));
        checks.Add(institutionKnown ? Scope(record, filing!) : Skipped(CheckKind.Scope));
        checks.Add(Year(number, record));
        checks.Add(Level(number, record));
        return new VerificationResult(checks, record.Status);
    }

    private static CheckResult Structure(CertificateNumber number) => new(CheckKind.Structure, CheckVerdict.Pass,
        $"well formed: {number.Form.Description}",
        number.Form == NumberForm.National22 ? "编号结构正确（22 位统一编码）" : "编号结构正确（通知附件示例的 21 位编码）");

    private static CheckResult InstitutionCheck(CertificateNumber number, CertificateRecord record, Institution? filing)
    {
        if (record.Institution != number.Institution)
            return new(CheckKind.Institution, CheckVerdict.Fail,
                $"the record names institution {record.Institution}, but the number carries {number.Institution}",
                $"证书记录的评价机构为 {record.Institution}，与编号中的机构序列码 {number.Institution} 不一致");
        if (filing is null)
            return new(CheckKind.Institution, CheckVerdict.Fail,
                $"no institution with sequence {number.Institution} is in the catalogue",
                $"评价机构目录中没有序列码为 {number.Institution} 的机构");
        // The institution is named as it was on the issue date, as the certificate printed it.
        var name = filing.NameOn(record.IssuedOn);
        if (filing.Category != number.Category || filing.Route != number.Route)
            return new(CheckKind.Institution, CheckVerdict.Fail,
                $"the number says category {number.Category} and route {number.Route}, but {name} is filed as {filing.Category} by route {filing.Route}",
                $"编号中的类别 {number.Category}、备案途径 {number.Route} 与 {name} 的备案信息（{filing.Category}、{filing.Route}）不一致");
        return new(CheckKind.Institution, CheckVerdict.Pass,
            $"{name} ({filing.Seq}) is in the catalogue",
            $"评价机构 {name}（{filing.Seq}）在目录中");
    }

    private static CheckResult Active(CertificateRecord record, Institution filing, CertificateActivity? activity)
    {
        var status = filing.StatusOn(record.IssuedOn, activity);
        var day = Day(record.IssuedOn);
        return status.MayCertify
            ? new(CheckKind.Active, CheckVerdict.Pass,
                $"the institution could certify on {day} ({status.Label})",
                $"发证日期 {day} 机构备案状态为“{status.Label}”，可以开展认定")
            : new(CheckKind.Active, CheckVerdict.Fail,
                $"on {day} the institution could not certify: {status.Label}, {status.Cause}",
                $"发证日期 {day} 机构备案状态为“{status.Label}”（{status.Cause}），不能开展认定");
    }

    private static CheckResult Scope(CertificateRecord record, Institution filing)
    {
        var what = record.Trade is { Length: > 0 } trade
            ? $"{record.OccupationName}（{trade}）" : record.OccupationName;
        var level = SkillLevel.FromCode(record.Level)?.DisplayName ?? record.Level.ToString(CultureInfo.InvariantCulture);
        var day = Day(record.IssuedOn);
        return filing.MayCertify(record.IssuedOn, record.OccupationCode, record.Trade, record.Level)
            ? new(CheckKind.Scope, CheckVerdict.Pass,
                $"{record.OccupationCode} {what} at {level} was in the filed scope on {day}",
                $"{record.OccupationCode} {what} {level} 在 {day} 的备案认定范围内")
            : new(CheckKind.Scope, CheckVerdict.Fail,
                $"{record.OccupationCode} {what} at {level} was not in the filed scope on {day}",
                $"{record.OccupationCode} {what} {level} 不在 {day} 的备案认定范围内");
    }

    private static CheckResult Year(CertificateNumber number, CertificateRecord record) =>
        number.Year == record.IssuedOn.Year
            ? new(CheckKind.Year, CheckVerdict.Pass,
                $"the number's year {number.Year} matches the issue date {Day(record.IssuedOn)}",
                $"编号中的年份 {number.Year} 与发证日期 {Day(record.IssuedOn)} 一致")
            : new(CheckKind.Year, CheckVerdict.Fail,
                $"the number's year {number.Year} differs from the issue date {Day(record.IssuedOn)}",
                $"编号中的年份 {number.Year} 与发证日期 {Day(record.IssuedOn)} 不一致");

    private static CheckResult Level(CertificateNumber number, CertificateRecord record) =>
        number.Level == record.Level
            ? new(CheckKind.Level, CheckVerdict.Pass,
                $"the number's level digit {number.Level} matches the certified level",
                $"编号中的等级代码 {number.Level} 与认定等级一致")
            : new(CheckKind.Level, CheckVerdict.Fail,
                $"the number's level digit {number.Level} differs from the certified level {record.Level}",
                $"编号中的等级代码 {number.Level} 与认定等级 {record.Level} 不一致");

    private static CheckResult Skipped(CheckKind kind) => new(kind, CheckVerdict.Skipped,
        "not checked: the institution is not in the catalogue", "未检查：目录中没有该评价机构");

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
