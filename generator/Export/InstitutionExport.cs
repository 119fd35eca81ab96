using SkillCert.Core.Batches;
using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Export;

/// <summary>
/// Exports one institution: reads each batch (<see cref="BatchReading"/>), issues the rows of the batches whose
/// lifecycle allows it (<c>BatchLifecycle.StatusOn</c> on the export date) and reports every other batch with what
/// holds it back, as warnings, its rows left out; cross-checks the 附件3 totals; then hands the rows to core's
/// <see cref="InstitutionLedger"/> with the previous export's certificates and the revocations, and turns every problem
/// into an error that names the file, the line and the column.
/// </summary>
public static class InstitutionExport
{
    public static InstitutionOutcome Run(InstitutionJob job, ExportContext context, ExportWorker worker)
    {
        var institution = job.Institution;
        var errors = new List<ExportError>();
        var problems = new List<RowProblem>();
        var warnings = new List<RowProblem>();
        var inputs = new List<(string, string)>();
        var rules = new RosterRules(context.Catalogue, institution, context.AsOf, worker.Hasher);
        var ledger = new InstitutionLedger(institution, context.SerialsFor(institution));
        var summary = new ResultsSummary(institution.Seq, institution.NameOn(context.AsOf));
        var rotation = worker.PreviousHasher is null ? null : new IdKeyRotation(worker.PreviousHasher);
        var files = job.Rosters is { } folder ? RosterDiscovery.Batches(folder.Folder, folder.Display, errors) : [];
        var batches = new List<BatchRows>(files.Count);

        for (var source = 0; source < files.Count; source++)
        {
            // Every checked row goes to the key rotation, issued or not: an ID number hashes alike in any batch.
            var batch = BatchReading.Read(files[source], new BatchSources(source, ExportSources.BatchFileOf(source, files.Count)), rules,
                context.AsOf, b => b.Lifecycle.StatusOn(context.AsOf), worker.Cells, worker.Buffers, errors,
                (row, certificate) => rotation?.Add(row[RosterColumn.IdNumber], certificate), inputs);
            batches.Add(batch);
            var issued = batch.Status.IsIssued;
            (issued ? problems : warnings).AddRange(batch.Problems);
            if (!batch.HasHeader) continue;
            if (batch.File.TotalsPath is not null)
                CheckTotals(batch, context, issued ? summary : null, errors);
            if (!issued)
            {
                HoldBack(batch, errors);
                continue;
            }
            foreach (var certificate in batch.Issued)
            {
                ledger.Add(certificate);
                // The 附件3 summary counts people who passed; a reissue corrects one of them.
                if (certificate.Replacement is null) summary.Count(certificate);
            }
            foreach (var (row, entry, at) in batch.RevokedAfterIssue)
                ledger.RevokeRow(row, entry.Objection.On, $"异议成立：{entry.Objection.Summary}", at, "");
        }

        var previous = job.InPrevious ? worker.PreviousCertificatesOf(institution.Seq) : [];
        if (rotation is not null) previous = rotation.Rehash(previous);
        var outcome = ledger.Close(previous, context.FloorsOf(institution.Seq), job.Revocations);
        problems.AddRange(outcome.Problems);
        var years = outcome.Certificates.Select(c => c.IssuedOn.Year).ToHashSet();
        // The inactivity rule counts the years of all the institution's certificates. While a file or a row of it is
        // refused, that set is not known, and a year missing only for that reason would refuse later rows that are
        // right; the rule is applied once the rest reads clean.
        if (problems.Count == 0 && !errors.Exists(e => !e.IsWarning)) rules.CheckInactivity(outcome.Certificates, years, problems);
        foreach (var problem in problems) errors.Add(ToError(problem, job, files, context));
        foreach (var warning in warnings) errors.Add(ToError(warning, job, files, context) with { IsWarning = true });
        // A stable order: by file and line, and within a line in the order the checks found them.
        var ordered = errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
        var failed = ordered.Any(e => !e.IsWarning);
        var records = BatchRecords.Of(institution.Seq, batches, outcome.Certificates, worker.PreviousBatchesOf(institution.Seq));
        return new InstitutionOutcome(institution.Seq,
            EncodedCertificates.Encode(failed ? [] : outcome.Certificates),
            outcome.Certificates.Count(c => c.IsRevoked),
            years,
            ordered, summary, outcome.Kept.Count, outcome.SerialFloors, inputs, batches.Sum(b => b.Rows), outcome.NewNumbers)
        {
            Batches = records,
        };
    }

    private static void CheckTotals(BatchRows batch, ExportContext context, ResultsSummary? summary, List<ExportError> errors)
    {
        errors.AddRange(batch.TotalsErrors(context.AsOf, asWarnings: summary is null));
        summary?.Add(batch.Batch.Totals);
    }

    // A batch that is not issued is no error: the others are issued, and it is reported with what holds it back.
    private static void HoldBack(BatchRows batch, List<ExportError> errors)
    {
        var file = batch.File;
        var held = $"批次 {file.Batch} 未发证（{batch.Status.Label}），其 {batch.Rows} 行不导出：";
        var heldEn = $"batch {file.Batch} is not issued ({BatchStateNames.Slug(batch.Status.State)}), so its {batch.Rows} {(batch.Rows == 1 ? "row is" : "rows are")} not exported: ";
        if (file.TotalsPath is null)
        {
            errors.Add(ExportError.Warning(DiagnosticCodes.BatchNotIssued, file.Display, held + $"没有 {file.Batch}.yml。名单须经审核通过、公示期满后才能发证：在 {file.Batch}.yml 中" +
                "记录报送审核的日期（submitted_on）、审核（review）、公示（publicity）和发证日期（issued_on）",
                heldEn + $"there is no {file.Batch}.yml. A list is issued only once reviewed and after its publicity: record in {file.Batch}.yml " +
                "the date it was submitted for review (submitted_on), the review (review), the publicity (publicity) and the issue date (issued_on)"));
            return;
        }
        foreach (var blocker in batch.Status.Blockers)
        {
            var spot = batch.Batch.SpotOf(blocker.Field);
            errors.Add(ExportError.At(DiagnosticCodes.BatchNotIssued, spot, held + blocker.Message, heldEn + blocker.MessageEn, isWarning: true));
        }
    }

    private static ExportError ToError(RowProblem problem, InstitutionJob job, List<RosterFile> files, ExportContext context) =>
        ExportSources.ToError(problem, files, context.RevocationsDisplay ?? RosterDiscovery.RevocationsFile, job.Institution.Seq);
}
