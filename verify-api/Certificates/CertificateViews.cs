using System.Globalization;
using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Core.Levels;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Contracts;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>Turns a found answer into the JSON contract: verdict first, masked name unless the holder was confirmed, no ID number in any form.</summary>
public static class CertificateViews
{
    public static CertificateView Of(CertificateAnswer answer)
    {
        var verdict = answer.Verdict!;
        var record = verdict.Record ?? throw new ArgumentException("only a found answer has a certificate view", nameof(answer));
        var report = Core.Numbers.NumberReport.From(answer.Decoding);
        var level = SkillLevel.FromCode(record.Level);
        return new CertificateView(
            Verdict: VerdictSlugs.Of(verdict.Verdict),
            VerdictHeadline: VerdictWording.Headline(verdict.Verdict),
            VerdictSummary: VerdictWording.Summary(verdict, record.Number),
            Number: record.Number,
            Form: report.Form!,
            Fields: report.Fields!,
            Status: VerdictSlugs.Of(record.Status),
            RevokedOn: record.RevokedOn is { } revoked ? Day(revoked) : null,
            RevocationReason: record.RevocationReason,
            Checks: verdict.Checks!.Checks.Select(c => new CheckView(c.Name, VerdictSlugs.Of(c.Verdict), c.Message, c.MessageZh)).ToArray(),
            Occupation: new OccupationView(record.OccupationCode, record.OccupationName),
            Trade: string.IsNullOrEmpty(record.Trade) ? null : record.Trade,
            Level: new LevelView(record.Level, level?.DisplayName ?? record.Level.ToString(CultureInfo.InvariantCulture)),
            Institution: Institution(answer, record),
            IssuedOn: Day(record.IssuedOn),
            MaskedName: record.MaskedName,
            ExportVersion: answer.ExportVersion ?? "")
        {
            NameCheck = verdict.Name == Core.Verification.NameCheck.NotGiven ? null : VerdictSlugs.Of(verdict.Name),
            Name = verdict.HolderConfirmed ? record.HolderName : null,
            Claims = verdict.Claims is { } c ? new ClaimsView(c.Slug, c.DifferingFields, c.Message, c.MessageZh) : null,
            Process = answer.Batch is { } batch ? Process(batch) : null,
            Replaces = record.Replaces,
            ReplacedBy = record.ReplacedBy,
            Demo = answer.Demo,
        };
    }

    private static ProcessView Process(BatchRecord batch)
    {
        var life = batch.Lifecycle;
        return new ProcessView(batch.Batch, BatchStateNames.Slug(batch.State))
        {
            SubmittedOn = life.SubmittedOn is { } submitted ? Day(submitted) : null,
            Review = life.Review is { } review ? new ReviewView(Day(review.On), review.By) : null,
            Publicity = life.Publicity is { } publicity ? new PublicityView(Day(publicity.From), Day(publicity.To), publicity.Place) : null,
            IssuedOn = life.IssuedOn is { } issued ? Day(issued) : null,
        };
    }

    private static InstitutionView Institution(CertificateAnswer answer, CertificateRecord record)
    {
        if (answer.Institution is not { } institution) return new InstitutionView(record.Institution, null, null, null);
        return new InstitutionView(record.Institution, answer.InstitutionNameOnIssue,
            Status(answer.StatusOnIssue!, record.IssuedOn), Status(answer.StatusToday!, answer.Today))
        {
            CurrentName = answer.InstitutionRenamedTo,
        };
    }

    private static InstitutionStatusView Status(FilingStatus status, DateOnly on) => new(status.Label, status.Slug, status.Cause, Day(on));

    // "O" is ISO 8601's yyyy-MM-dd through the runtime's fixed-format path; the custom pattern's parser and formatter were
    // 2.6% of the service's CPU at steady state in tests/SkillCert.Benchmarks/api-vs-nginx.sh (perf, 2026-12-07).
    private static string Day(DateOnly day) => day.ToString("O", CultureInfo.InvariantCulture);
}
