using System.Globalization;
using SkillCert.Core.Institutions;
using SkillCert.Core.Levels;
using SkillCert.Core.Numbers;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Contracts;
using SkillCert.VerifyApi.Exports;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>Turns a checked record into its public view: masked name only, no ID number in any form.</summary>
public static class CertificateViews
{
    public static CertificateView Of(NumberDecoding decoding, CertificateRecord record, VerificationResult result,
        ExportedInstitution? institution, CertificateActivity? activity, DateOnly today, string exportVersion)
    {
        var report = NumberReport.From(decoding);
        var level = SkillLevel.FromCode(record.Level);
        return new CertificateView(
            Number: record.Number,
            Form: report.Form!,
            Fields: report.Fields!,
            Outcome: result.Outcome.ToString().ToLowerInvariant(),
            Status: result.Status.ToString().ToLowerInvariant(),
            RevokedOn: record.RevokedOn is { } revoked ? Day(revoked) : null,
            RevocationReason: record.RevocationReason,
            Checks: result.Checks.Select(c => new CheckView(c.Name, c.Verdict.ToString().ToLowerInvariant(), c.Message, c.MessageZh)).ToArray(),
            Occupation: new OccupationView(record.OccupationCode, record.OccupationName),
            Trade: string.IsNullOrEmpty(record.Trade) ? null : record.Trade,
            Level: new LevelView(record.Level, level?.DisplayName ?? record.Level.ToString(CultureInfo.InvariantCulture)),
            Institution: Institution(record.Institution, institution, activity, today),
            IssuedOn: Day(record.IssuedOn),
            MaskedName: record.MaskedName,
            ExportVersion: exportVersion);
    }

    private static InstitutionView Institution(string seq, ExportedInstitution? institution, CertificateActivity? activity, DateOnly today)
    {
        if (institution is null) return new InstitutionView(seq, null, null);
        var status = institution.Filing.StatusOn(today, activity);
        return new InstitutionView(seq, institution.Name, new InstitutionStatusView(status.Label, status.Slug, status.Cause, Day(today)));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
