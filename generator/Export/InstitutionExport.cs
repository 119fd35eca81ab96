using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;

namespace SkillCert.Generator.Export;

/// <summary>
/// Exports one institution: reads and checks each of its rosters, cross-checks each batch's 附件3 totals, then
/// hands the rows to core's <see cref="InstitutionLedger"/> with the previous export's certificates and the
/// revocations, and turns every problem into an error that names the file, the line and the column.
/// </summary>
public static class InstitutionExport
{
    public static InstitutionOutcome Run(InstitutionJob job, ExportContext context, ExportWorker worker)
    {
        var institution = job.Institution;
        var errors = new List<ExportError>();
        var problems = new List<RowProblem>();
        var inputs = new List<(string, string)>();
        var rules = new RosterRules(context.Catalogue, institution, context.AsOf, worker.Hasher);
        var ledger = new InstitutionLedger(institution, context.SerialsFor(institution));
        var summary = new ResultsSummary(institution.Seq, institution.NameOn(context.AsOf));
        var rosterRows = 0;
        var rotation = worker.PreviousHasher is null ? null : new IdKeyRotation(worker.PreviousHasher);
        var files = job.Rosters is { } folder ? RosterDiscovery.Batches(folder.Folder, folder.Display, errors) : [];

        for (var source = 0; source < files.Count; source++)
        {
            var file = files[source];
            if (RosterReading.ReadFile(file.Path, file.Display, worker.Buffers, errors) is not { } bytes) continue;
            inputs.Add(($"{institution.Seq}/{Path.GetFileName(file.Path)}", ContentHash.OfBytes(bytes.Span)));
            var rows = 0;
            DateOnly? firstIssued = null;
            void OnRow(RosterRow row)
            {
                rows++;
                if (rules.Check(row, problems) is not { } certificate) return;
                rotation?.Add(row[RosterColumn.IdNumber], certificate);
                ledger.Add(certificate);
                summary.Count(certificate);
                if (firstIssued is not { } first || certificate.IssuedOn < first) firstIssued = certificate.IssuedOn;
            }
            var header = RosterReading.ReadRows(file, bytes, source, worker.Cells, worker.Buffers, errors, OnRow);
            rosterRows += rows;
            if (header is not null && file.TotalsPath is { } totalsPath)
                CheckTotals(file, totalsPath, rows, firstIssued, context, summary, worker.Buffers, errors, inputs);
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
        // A stable order: by file and line, and within a line in the order the checks found them.
        var ordered = errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
        var failed = ordered.Any(e => !e.IsWarning);
        return new InstitutionOutcome(institution.Seq,
            EncodedCertificates.Encode(failed ? [] : outcome.Certificates),
            outcome.Certificates.Count(c => c.IsRevoked),
            years,
            ordered, summary, outcome.Dropped, outcome.SerialFloors, inputs, rosterRows, outcome.NewNumbers);
    }

    private static void CheckTotals(RosterFile file, string totalsPath, int rows, DateOnly? firstIssued, ExportContext context,
        ResultsSummary summary, RosterBuffers buffers, List<ExportError> errors, List<(string, string)> inputs)
    {
        var display = file.TotalsDisplay ?? totalsPath;
        var bytes = RosterReading.ReadFile(totalsPath, display, buffers, errors);
        if (bytes is { } read)
            inputs.Add(($"{Path.GetFileName(Path.GetDirectoryName(totalsPath))}/{Path.GetFileName(totalsPath)}", ContentHash.OfBytes(read.Span)));
        if (BatchTotalsReader.Read(totalsPath, display, bytes, errors) is not var (totals, lineOf)) return;
        foreach (var (field, message) in totals.Check(rows, firstIssued, context.AsOf))
            errors.Add(new(display, lineOf(field), field, message));
        summary.Add(totals);
    }

    private static ExportError ToError(RowProblem problem, InstitutionJob job, List<RosterFile> files, ExportContext context)
    {
        var message = problem.Message;
        if (problem.SeeAlso is { } other) message += $" (see {Display(other, job, files, context)}:{other.Line})";
        return new ExportError(Display(problem.Origin, job, files, context), problem.Origin.Line, problem.Column, message);
    }

    private static string Display(RowOrigin origin, InstitutionJob job, List<RosterFile> files, ExportContext context) =>
        origin.Source == ExportSources.Revocations ? context.RevocationsDisplay ?? RosterDiscovery.RevocationsFile
        : origin.Source >= 0 && origin.Source < files.Count ? files[origin.Source].Display
        : job.Institution.Seq;
}
